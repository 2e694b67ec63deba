package org.trialline.wfm.requirements;

/**
 * The agents one interval needs and what they achieve.
 *
 * @param agents on calls, the fewest that meet the service level and the occupancy cap
 * @param scheduledAgents to roster so that {@code agents} remain after shrinkage
 * @param serviceLevel the share answered within the target's seconds with {@code agents}
 * @param asaSeconds the mean wait over all calls
 * @param probabilityOfAbandon the share of callers who hang up first, with Erlang A; null with Erlang C
 */
public record StaffingResult(
        int agents,
        int scheduledAgents,
        double serviceLevel,
        double probabilityOfWaiting,
        double asaSeconds,
        double occupancy,
        Double probabilityOfAbandon) {}
