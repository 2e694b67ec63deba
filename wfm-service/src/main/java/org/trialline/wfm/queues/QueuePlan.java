package org.trialline.wfm.queues;

import java.time.ZoneId;

/**
 * How one queue of queue-service is planned: the length of its intervals, in its time zone, and what staffing must
 * reach and allow for.
 *
 * @param serviceLevelTarget the share of calls to answer within {@code serviceLevelSeconds}, above 0 and below 1
 * @param maxOccupancy the busiest share of their time agents may be kept on calls, above 0 up to 1
 * @param shrinkage the share of paid time agents are not available for calls (breaks, training), 0 up to below 1
 * @param patienceSeconds the mean time callers wait before hanging up, for Erlang A; null for Erlang C only
 */
public record QueuePlan(
        String queueId,
        ZoneId timeZone,
        int intervalMinutes,
        double serviceLevelTarget,
        int serviceLevelSeconds,
        double maxOccupancy,
        double shrinkage,
        Integer patienceSeconds) {}
