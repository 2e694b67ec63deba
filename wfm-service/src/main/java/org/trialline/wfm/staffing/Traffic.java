package org.trialline.wfm.staffing;

/**
 * The calls one queue is offered in one interval: how many arrive, over how long, and how long each takes to handle.
 * Calls arrive as a Poisson stream and handling times are exponential, as both Erlang models assume.
 */
public record Traffic(double callsPerInterval, double intervalSeconds, double ahtSeconds) {

    public Traffic {
        if (!(callsPerInterval >= 0) || Double.isInfinite(callsPerInterval)) {
            throw new IllegalArgumentException("callsPerInterval must be zero or more, was " + callsPerInterval);
        }
        if (!(intervalSeconds > 0) || Double.isInfinite(intervalSeconds)) {
            throw new IllegalArgumentException("intervalSeconds must be more than zero, was " + intervalSeconds);
        }
        if (!(ahtSeconds > 0) || Double.isInfinite(ahtSeconds)) {
            throw new IllegalArgumentException("ahtSeconds must be more than zero, was " + ahtSeconds);
        }
    }

    /** The offered load A in Erlangs: the number of agents that would be busy all the time if nobody waited. */
    public double erlangs() {
        return callsPerInterval * ahtSeconds / intervalSeconds;
    }

    /** Calls arriving per second. */
    public double arrivalRate() {
        return callsPerInterval / intervalSeconds;
    }

    /** Calls one agent completes per second while busy. */
    public double serviceRate() {
        return 1 / ahtSeconds;
    }
}
