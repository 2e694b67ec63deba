package org.trialline.wfm.requirements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.trialline.wfm.forecast.QueueForecast;

/** A queue's forecast with the agents each interval needs. */
public record QueueRequirements(
        String queueId,
        String timeZone,
        int intervalMinutes,
        LocalDate from,
        LocalDate to,
        QueueTargets targets,
        String method,
        QueueForecast.Basis history,
        List<String> warnings,
        List<Day> days) {

    /**
     * One local day.
     *
     * @param peakScheduledAgents the most agents any interval of the day needs rostered
     * @param scheduledAgentHours the rostered hours the day's intervals need together
     */
    public record Day(
            LocalDate date,
            int hours,
            double calls,
            List<String> specialDays,
            int peakScheduledAgents,
            double scheduledAgentHours,
            List<Interval> intervals) {}

    /** One interval; the staffing figures are null when no calls are expected and so no agents needed. */
    public record Interval(
            OffsetDateTime start,
            OffsetDateTime end,
            double calls,
            Double ahtSeconds,
            int agents,
            int scheduledAgents,
            Double serviceLevel,
            Double probabilityOfWaiting,
            Double asaSeconds,
            Double occupancy,
            Double probabilityOfAbandon) {}
}
