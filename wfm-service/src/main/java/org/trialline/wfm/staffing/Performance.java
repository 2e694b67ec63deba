package org.trialline.wfm.staffing;

/**
 * What a queue achieves with a given number of agents on calls.
 *
 * @param serviceLevel share of all offered calls answered within the target time
 * @param probabilityOfWaiting share of calls that find every agent busy
 * @param asaSeconds mean wait over all offered calls; {@code Double.POSITIVE_INFINITY} when the queue grows without
 *     bound (Erlang C with no more agents than Erlangs)
 * @param occupancy share of the agents' time spent handling calls
 * @param probabilityOfAbandon share of calls that hang up before an answer (always 0 in Erlang C)
 */
public record Performance(
        int agents,
        double serviceLevel,
        double probabilityOfWaiting,
        double asaSeconds,
        double occupancy,
        double probabilityOfAbandon) {

    /** Whether this performance meets the target's service level and occupancy cap. */
    boolean meets(Target target) {
        return serviceLevel >= target.serviceLevel() && occupancy <= target.maxOccupancy();
    }
}
