package org.trialline.events;

/** What an agent is doing; only {@link #AVAILABLE} agents are offered contacts. */
public enum AgentState {
    OFFLINE,
    AVAILABLE,
    RESERVED,
    ON_CONTACT,
    AFTER_CONTACT_WORK,
    BREAK,
    TRAINING,
    MEETING
}
