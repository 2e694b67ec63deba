package org.trialline.queue.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Counts by kind: an HTTP status, an event's outcome, or the name of a failure that got no answer at all. */
final class Tally {

    private final Map<String, LongAdder> counts = new ConcurrentSkipListMap<>();

    void add(String kind) {
        add(kind, 1);
    }

    void add(String kind, long times) {
        counts.computeIfAbsent(kind, any -> new LongAdder()).add(times);
    }

    long total() {
        return total(kind -> true);
    }

    long total(Predicate<String> kinds) {
        return counts.entrySet().stream()
                .filter(entry -> kinds.test(entry.getKey()))
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    String describe(Predicate<String> kinds) {
        String listed = counts.entrySet().stream()
                .filter(entry -> kinds.test(entry.getKey()))
                .map(entry -> entry.getKey() + " x" + entry.getValue().sum())
                .collect(Collectors.joining(", "));
        return listed.isEmpty() ? "none" : listed;
    }

    @Override
    public String toString() {
        return describe(kind -> true);
    }
}
