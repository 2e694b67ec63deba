package org.trialline.wfm.forecast;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A queue's forecast per day and interval, with what it was made from.
 *
 * @param warnings what the planner should know about how it was made, such as a history source that did not answer
 */
public record QueueForecast(
        String queueId,
        String timeZone,
        int intervalMinutes,
        LocalDate from,
        LocalDate to,
        String method,
        Basis history,
        List<String> warnings,
        List<Day> days) {

    /**
     * The history the forecast learnt from.
     *
     * @param from the first day with calls in the window looked at
     * @param days days learnt from; special days are left out
     * @param sources where the counts came from: {@code imported}, {@code queue-service}
     */
    public record Basis(LocalDate from, LocalDate to, int days, List<String> sources) {}

    /**
     * One local day.
     *
     * @param hours 24, or 23 and 25 on the days the clocks change
     * @param factor the special days' factor applied, 1 when none
     */
    public record Day(
            LocalDate date,
            int hours,
            double calls,
            double factor,
            List<String> specialDays,
            List<Interval> intervals) {}

    /**
     * One interval, its start and end with the offset in force.
     *
     * @param calls the calls expected, a mean and so not a whole number
     * @param ahtSeconds the mean handle time expected, null when the history holds no handle times
     */
    public record Interval(OffsetDateTime start, OffsetDateTime end, double calls, Double ahtSeconds) {}
}
