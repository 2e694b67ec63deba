package org.trialline.wfm.staffing;

/**
 * The agents a queue needs on calls in one interval, the agents to schedule so that many remain after shrinkage, and
 * what the agents on calls achieve.
 */
public record Requirement(int agents, int scheduledAgents, Performance performance) {}
