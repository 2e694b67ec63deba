package org.trialline.wfm.forecast;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Mean handle time weighted by calls: per day of the week and interval where that interval handled calls, else for
 * the day of the week, else over every day, else unknown.
 */
final class HandleTimes {

    private final Map<DayOfWeek, Map<LocalTime, double[]>> bySlot = new HashMap<>();
    private final Map<DayOfWeek, double[]> byWeekday = new HashMap<>();
    private final double[] overall = new double[2];

    void add(DayOfWeek weekday, LocalTime start, double handledCalls, double handleSeconds) {
        if (handledCalls == 0) {
            return;
        }
        accumulate(
                bySlot.computeIfAbsent(weekday, d -> new HashMap<>()).computeIfAbsent(start, s -> new double[2]),
                handledCalls,
                handleSeconds);
        accumulate(byWeekday.computeIfAbsent(weekday, d -> new double[2]), handledCalls, handleSeconds);
        accumulate(overall, handledCalls, handleSeconds);
    }

    private static void accumulate(double[] sums, double calls, double seconds) {
        sums[0] += calls;
        sums[1] += seconds;
    }

    /** The mean handle time for an interval, or null when the history holds no handle time at all. */
    Double seconds(DayOfWeek weekday, LocalTime start) {
        double[] sums = bySlot.getOrDefault(weekday, Map.of()).get(start);
        if (sums == null) {
            sums = byWeekday.get(weekday);
        }
        if (sums == null) {
            sums = overall;
        }
        return sums[0] == 0 ? null : sums[1] / sums[0];
    }
}
