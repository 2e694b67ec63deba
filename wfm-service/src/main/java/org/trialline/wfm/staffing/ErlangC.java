package org.trialline.wfm.staffing;

/**
 * Erlang C (M/M/N): callers wait as long as it takes. The probability of waiting comes from Erlang B's recursion
 * {@code B(n) = A·B(n−1) / (n + A·B(n−1))}, which stays between 0 and 1 at every step, so a load of thousands of
 * Erlangs needs neither factorials nor powers and cannot overflow.
 */
public record ErlangC(Traffic traffic) implements QueueModel {

    /** Erlang B: the share of calls that would find all {@code agents} busy if they were lost instead of queued. */
    public double blocking(int agents) {
        double load = traffic.erlangs();
        double blocking = 1;
        for (int n = 1; n <= agents; n++) {
            blocking = load * blocking / (n + load * blocking);
        }
        return blocking;
    }

    @Override
    public Performance evaluate(int agents, double answerSeconds) {
        double load = traffic.erlangs();
        if (load == 0) {
            return new Performance(agents, 1, 0, 0, 0, 0);
        }
        if (agents <= load) {
            // the queue grows without bound: everybody waits and nobody is answered in time
            return new Performance(agents, 0, 1, Double.POSITIVE_INFINITY, 1, 0);
        }
        double blocking = blocking(agents);
        double waiting = agents * blocking / (agents - load * (1 - blocking));
        double spare = agents - load;
        double serviceLevel = 1 - waiting * Math.exp(-spare * answerSeconds / traffic.ahtSeconds());
        double asa = waiting * traffic.ahtSeconds() / spare;
        return new Performance(agents, serviceLevel, waiting, asa, load / agents, 0);
    }
}
