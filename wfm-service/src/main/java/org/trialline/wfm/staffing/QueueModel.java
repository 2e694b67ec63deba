package org.trialline.wfm.staffing;

/** A queueing model of one interval's traffic: what a given number of agents achieves. */
public interface QueueModel {

    Traffic traffic();

    /** The performance of {@code agents} agents, at least 0, against calls answered within {@code answerSeconds}. */
    Performance evaluate(int agents, double answerSeconds);
}
