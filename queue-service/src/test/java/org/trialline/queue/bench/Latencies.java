package org.trialline.queue.bench;

import java.util.Arrays;
import java.util.Locale;

/** Every sample of one latency, in milliseconds, kept whole so that the percentiles are exact. */
final class Latencies {

    private double[] millis = new double[1 << 16];
    private int count;

    synchronized void add(double sample) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = sample;
    }

    synchronized int count() {
        return count;
    }

    /** Minimum, p50, p95, p99 and maximum, or a word saying there was nothing to measure. */
    synchronized String summary() {
        if (count == 0) {
            return "no samples";
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms  (min %.1f ms, %d samples)",
                rank(sorted, 50),
                rank(sorted, 95),
                rank(sorted, 99),
                sorted[sorted.length - 1],
                sorted[0],
                count);
    }

    // nearest rank: the smallest sample with at least that share of all samples at or below it
    private static double rank(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
