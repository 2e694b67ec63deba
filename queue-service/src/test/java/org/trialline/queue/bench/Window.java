package org.trialline.queue.bench;

import java.time.Duration;

/** The measured part of a phase, on the {@link System#nanoTime()} clock: it opens when the warm-up ends. */
record Window(long startNanos, long endNanos) {

    static Window afterWarmUp(Duration warmUp, Duration measured) {
        long start = System.nanoTime() + warmUp.toNanos();
        return new Window(start, start + measured.toNanos());
    }

    boolean contains(long nanos) {
        return nanos >= startNanos && nanos < endNanos;
    }

    /** Whether new work may still start: anything started later could not finish inside the window. */
    boolean open() {
        return System.nanoTime() < endNanos;
    }

    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }
}
