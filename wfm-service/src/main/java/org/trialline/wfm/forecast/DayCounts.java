package org.trialline.wfm.forecast;

import java.time.LocalTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a queue received on one day of its history, per interval by the interval's local start time. An interval
 * without a row received no calls. On the day the clocks go back an hour's local times occur twice; both are counted
 * under the same start.
 */
public final class DayCounts {

    private final Map<LocalTime, Slot> slots = new TreeMap<>();

    /** Calls in one interval and the handle time they took, in seconds; no handle time when none was handled. */
    record Slot(double calls, double handledCalls, double handleSeconds) {}

    /**
     * Adds the calls of an interval that starts at {@code start}; a share of a longer interval's calls may be a
     * fraction.
     *
     * @param ahtSeconds their mean handle time, or null when unknown
     */
    public DayCounts add(LocalTime start, double calls, Double ahtSeconds) {
        double handled = ahtSeconds == null ? 0 : calls;
        double seconds = ahtSeconds == null ? 0 : calls * ahtSeconds;
        slots.merge(
                start,
                new Slot(calls, handled, seconds),
                (a, b) -> new Slot(
                        a.calls() + b.calls(),
                        a.handledCalls() + b.handledCalls(),
                        a.handleSeconds() + b.handleSeconds()));
        return this;
    }

    /** The calls of the interval that starts at {@code start}, none when it has no row. */
    public double calls(LocalTime start) {
        Slot slot = slots.get(start);
        return slot == null ? 0 : slot.calls();
    }

    public double total() {
        return slots.values().stream().mapToDouble(Slot::calls).sum();
    }

    Map<LocalTime, Slot> slots() {
        return slots;
    }
}
