package org.trialline.queue.bench;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The answers one phase got: latency and kind of each answer that arrived inside the window, and only the kind of
 * those that arrived during the warm-up or after the window closed.
 */
final class Answers {

    private final Window window;
    private final Latencies latencies = new Latencies();
    private final Tally inWindow = new Tally();
    private final Tally outsideWindow = new Tally();
    private final AtomicReference<String> firstRefusal = new AtomicReference<>();

    Answers(Window window) {
        this.window = window;
    }

    /** Records an answer that has just arrived; answers whether it counts, being inside the window. */
    boolean record(long startNanos, Http.Answer answer) {
        long now = System.nanoTime();
        if (!window.contains(now)) {
            outsideWindow.add(answer.kind());
            return false;
        }
        latencies.add((now - startNanos) / 1e6);
        inWindow.add(answer.kind());
        return true;
    }

    /** Keeps the first refusal's explanation, as an example of what went wrong. */
    void refused(String explanation) {
        firstRefusal.compareAndSet(null, explanation);
    }

    String firstRefusal() {
        String explanation = firstRefusal.get();
        return explanation == null ? "none" : explanation;
    }

    Window window() {
        return window;
    }

    Latencies latencies() {
        return latencies;
    }

    Tally inWindow() {
        return inWindow;
    }

    Tally outsideWindow() {
        return outsideWindow;
    }

    static boolean successful(String kind) {
        return kind.startsWith("2");
    }
}
