package org.trialline.wfm.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Finds the fewest agents that meet a target: the smallest number whose service level reaches the target, raised
 * until occupancy is within its cap. Both measures improve with every agent added, so the search halves a range.
 */
public final class Staffing {

    /** More agents than any one queue's interval could use; a target that needs more is refused, not searched. */
    public static final int MAX_AGENTS = 100_000;

    private Staffing() {}

    /** The requirement for a target, or {@link UnreachableTargetException} when even {@link #MAX_AGENTS} fall short. */
    public static Requirement required(QueueModel model, Target target) {
        if (model.traffic().callsPerInterval() == 0) {
            return new Requirement(0, 0, model.evaluate(0, target.answerSeconds()));
        }
        int low = 0; // never meets: with no agents nobody is answered
        int high = 1;
        Performance best = model.evaluate(high, target.answerSeconds());
        while (!best.meets(target)) {
            if (high == MAX_AGENTS) {
                throw new UnreachableTargetException(target, MAX_AGENTS);
            }
            low = high;
            high = Math.min(high * 2, MAX_AGENTS);
            best = model.evaluate(high, target.answerSeconds());
        }
        while (high - low > 1) {
            int middle = low + (high - low) / 2;
            Performance performance = model.evaluate(middle, target.answerSeconds());
            if (performance.meets(target)) {
                high = middle;
                best = performance;
            } else {
                low = middle;
            }
        }
        return new Requirement(high, scheduled(high, target.shrinkage()), best);
    }

    /** What a given number of agents achieves, with the agents to schedule for them. */
    public static Requirement evaluate(QueueModel model, Target target, int agents) {
        return new Requirement(
                agents, scheduled(agents, target.shrinkage()), model.evaluate(agents, target.answerSeconds()));
    }

    /**
     * ⌈agents ÷ (1 − shrinkage)⌉ in decimal arithmetic: in binary floating point 14 ÷ 0.7 is 20.000000000000004, and
     * its ceiling would schedule one agent too many.
     */
    public static int scheduled(int agents, double shrinkage) {
        BigDecimal available = BigDecimal.ONE.subtract(new BigDecimal(Double.toString(shrinkage)));
        return new BigDecimal(agents).divide(available, 0, RoundingMode.CEILING).intValueExact();
    }
}
