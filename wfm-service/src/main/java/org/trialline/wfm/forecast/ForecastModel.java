package org.trialline.wfm.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * What {@link WeeklyForecaster} learnt from a queue's history, ready to forecast any day from its origin on. One
 * request's: it remembers the day totals it worked out and is not meant to be shared between threads.
 */
public final class ForecastModel {

    private final LocalDate origin;
    private final double[] weekdayFactors;
    private final DampedHolt holt;
    private final DampedHolt.State state;
    private final Map<DayOfWeek, Map<LocalTime, Double>> profiles;
    private final HandleTimes handleTimes;
    // a day's total is asked for once per interval, and each answer counts the open days since the origin
    private final Map<LocalDate, Double> dayTotals = new HashMap<>();

    ForecastModel(
            LocalDate origin,
            double[] weekdayFactors,
            DampedHolt holt,
            DampedHolt.State state,
            Map<DayOfWeek, Map<LocalTime, Double>> profiles,
            HandleTimes handleTimes) {
        this.origin = origin;
        this.weekdayFactors = weekdayFactors;
        this.holt = holt;
        this.state = state;
        this.profiles = profiles;
        this.handleTimes = handleTimes;
    }

    /** Whether the history showed this day of the week at all; a day never seen cannot be forecast. */
    public boolean knows(DayOfWeek weekday) {
        return !Double.isNaN(weekdayFactors[WeeklyForecaster.index(weekday)]);
    }

    /** The calls expected over a whole day on or after the origin, before any special day applies. */
    public double dayTotal(LocalDate day) {
        return dayTotals.computeIfAbsent(day, this::expectedTotal);
    }

    private double expectedTotal(LocalDate day) {
        if (day.isBefore(origin)) {
            throw new IllegalArgumentException(day + " lies before the forecast's origin " + origin);
        }
        double factor = factor(day.getDayOfWeek());
        if (factor == 0) {
            return 0;
        }
        return Math.max(0, state.forecast(holt.phi(), openDaysUntil(day)) * factor);
    }

    /** The calls expected in the interval that starts at {@code start} on {@code day}. */
    public double calls(LocalDate day, LocalTime start) {
        double total = dayTotal(day);
        return total == 0 ? 0 : total * profiles.get(day.getDayOfWeek()).getOrDefault(start, 0.0);
    }

    /** The mean handle time expected in an interval, in seconds, or null when the history holds none. */
    public Double ahtSeconds(LocalDate day, LocalTime start) {
        return handleTimes.seconds(day.getDayOfWeek(), start);
    }

    public LocalDate origin() {
        return origin;
    }

    private double factor(DayOfWeek weekday) {
        double factor = weekdayFactors[WeeklyForecaster.index(weekday)];
        if (Double.isNaN(factor)) {
            throw new IllegalArgumentException("the history holds no " + weekday + " to forecast one from");
        }
        return factor;
    }

    // the smoothing ran over open days only, so a step is an open day: closed and unknown weekdays do not count
    private int openDaysUntil(LocalDate day) {
        int steps = 0;
        for (LocalDate d = origin; !d.isAfter(day); d = d.plusDays(1)) {
            double factor = weekdayFactors[WeeklyForecaster.index(d.getDayOfWeek())];
            if (factor > 0) {
                steps++;
            }
        }
        return steps;
    }
}
