package org.trialline.wfm.staffing;

/**
 * What a queue's staffing must achieve: a share of calls answered within a time, an agent occupancy that is not
 * exceeded, and the shrinkage (breaks, training, absence) that scheduled agents lose to work that is not calls.
 */
public record Target(double serviceLevel, double answerSeconds, double maxOccupancy, double shrinkage) {

    public Target {
        // an Erlang queue always makes some caller wait, so 100 % is reachable by no number of agents
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("serviceLevel must be above 0 and below 1, was " + serviceLevel);
        }
        if (!(answerSeconds >= 0) || Double.isInfinite(answerSeconds)) {
            throw new IllegalArgumentException("answerSeconds must be zero or more, was " + answerSeconds);
        }
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("maxOccupancy must be above 0 and at most 1, was " + maxOccupancy);
        }
        if (!(shrinkage >= 0 && shrinkage < 1)) {
            throw new IllegalArgumentException("shrinkage must be at least 0 and below 1, was " + shrinkage);
        }
    }
}
