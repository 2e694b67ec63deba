package org.trialline.wfm.requirements;

import org.trialline.wfm.queues.QueuePlan;

/**
 * What a queue's staffing must reach and allow for, from its plan.
 *
 * @param serviceLevel the share of calls to answer within {@code answerSeconds}
 * @param patienceSeconds callers' mean patience for Erlang A; null for Erlang C
 */
public record QueueTargets(
        double serviceLevel, int answerSeconds, double maxOccupancy, double shrinkage, Integer patienceSeconds) {

    static QueueTargets of(QueuePlan plan) {
        return new QueueTargets(
                plan.serviceLevelTarget(),
                plan.serviceLevelSeconds(),
                plan.maxOccupancy(),
                plan.shrinkage(),
                plan.patienceSeconds());
    }
}
