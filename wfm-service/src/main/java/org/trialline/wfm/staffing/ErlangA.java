package org.trialline.wfm.staffing;

/**
 * Erlang A (M/M/N+M): callers wait, but each hangs up after an exponential patience with the given mean. The number
 * of calls in the system is a birth-death chain; its stationary distribution is built in logarithms, so neither
 * {@code A^n} nor {@code n!} is ever formed, and cut off where the remaining terms cannot change a result.
 *
 * <p>The service level needs the chance that a caller who arrives behind {@code k} others is answered within the
 * target time before hanging up. While {@code j} callers are ahead, the line moves at rate {@code Nμ + jθ} (an
 * answer or one of them hanging up) and the caller leaves at rate {@code θ}; that absorbing chain is solved exactly by
 * uniformisation.
 */
public record ErlangA(Traffic traffic, double patienceSeconds) implements QueueModel {

    // terms below e^-60 of the largest are 1e-26 of it: far below anything reported
    private static final double NEGLIGIBLE = -60;

    private static final double POISSON_TAIL = 1e-16;

    public ErlangA {
        if (!(patienceSeconds > 0) || Double.isInfinite(patienceSeconds)) {
            throw new IllegalArgumentException("patienceSeconds must be more than zero, was " + patienceSeconds);
        }
    }

    @Override
    public Performance evaluate(int agents, double answerSeconds) {
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be zero or more, was " + agents);
        }
        double lambda = traffic.arrivalRate();
        if (lambda == 0) {
            return new Performance(agents, 1, 0, 0, 0, 0);
        }
        double[] p = stationary(agents);
        double waiting = 0;
        double queued = 0;
        double busy = 0;
        for (int n = 0; n < p.length; n++) {
            if (n >= agents) {
                waiting += p[n];
                queued += (n - agents) * p[n];
            }
            busy += Math.min(n, agents) * p[n];
        }
        double theta = 1 / patienceSeconds;
        double abandon = theta * queued / lambda;
        double asa = queued / lambda;
        double occupancy = agents == 0 ? 0 : busy / agents;
        double answeredInTime = (1 - waiting) + answeredInTime(p, agents, answerSeconds);
        return new Performance(agents, answeredInTime, waiting, asa, occupancy, abandon);
    }

    /** P(n calls in the system), n from 0 up to where the rest is negligible. */
    double[] stationary(int agents) {
        double lambda = traffic.arrivalRate();
        double mu = traffic.serviceRate();
        double theta = 1 / patienceSeconds;
        double[] log = new double[Math.max(16, agents * 2 + 16)];
        double largest = 0;
        int n = 0;
        while (true) {
            double departures = Math.min(n + 1, agents) * mu + Math.max(n + 1 - agents, 0) * theta;
            double next = log[n] + Math.log(lambda / departures);
            boolean falling = next < log[n];
            if (falling && next - largest < NEGLIGIBLE) {
                break;
            }
            n++;
            if (n == log.length) {
                log = java.util.Arrays.copyOf(log, log.length * 2);
            }
            log[n] = next;
            largest = Math.max(largest, next);
        }
        double sum = 0;
        double[] p = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            p[i] = Math.exp(log[i] - largest);
            sum += p[i];
        }
        for (int i = 0; i <= n; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** The share of all arrivals that wait and are answered within {@code seconds}. */
    private double answeredInTime(double[] p, int agents, double seconds) {
        if (agents == 0 || p.length <= agents || seconds == 0) {
            return 0;
        }
        double mu = traffic.serviceRate();
        double theta = 1 / patienceSeconds;
        int positions = p.length - agents; // position j: j callers ahead, 0 .. positions-1
        double[] mass = new double[positions];
        for (int j = 0; j < positions; j++) {
            mass[j] = p[agents + j];
        }
        double uniform = agents * mu + positions * theta; // the fastest total rate of leaving any position
        double x = uniform * seconds;
        double answered = 0;
        double result = 0;
        double logWeight = -x;
        double cumulative = 0;
        for (int step = 0; ; step++) {
            if (step > 0) {
                logWeight += Math.log(x / step);
            }
            double weight = Math.exp(logWeight);
            cumulative += weight;
            result += weight * answered;
            // past the mode the weights fall faster than geometrically, so the rest is smaller than this one
            if (step > x + 1 && weight < POISSON_TAIL * 1e-4) {
                break;
            }
            answered += mass[0] * agents * mu / uniform;
            double[] next = new double[positions];
            for (int j = 0; j < positions; j++) {
                double ahead = agents * mu + j * theta;
                double stay = 1 - (ahead + theta) / uniform;
                next[j] += mass[j] * stay;
                if (j > 0) {
                    next[j - 1] += mass[j] * ahead / uniform;
                }
            }
            mass = next;
        }
        return result + Math.max(0, 1 - cumulative) * answered;
    }
}
