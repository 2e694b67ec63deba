package org.trialline.wfm.requirements;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import org.trialline.wfm.forecast.Forecasts;
import org.trialline.wfm.forecast.QueueForecast;
import reactor.core.publisher.Mono;

/** Staffs a queue's forecast: the agents each interval needs, by the {@link StaffingModel} of the service. */
@Service
public class Requirements {

    private final Forecasts forecasts;
    private final StaffingModel staffing;

    Requirements(Forecasts forecasts, StaffingModel staffing) {
        this.forecasts = forecasts;
        this.staffing = staffing;
    }

    /**
     * @param from the first day, in the queue's time zone
     * @param to the last day, included
     */
    public Mono<QueueRequirements> of(String id, LocalDate from, LocalDate to) {
        StaffingModel model = staffing;
        return forecasts.forecast(id, from, to).map(planned -> {
            QueueForecast forecast = planned.forecast();
            QueueTargets targets = QueueTargets.of(planned.plan());
            int seconds = forecast.intervalMinutes() * 60;
            List<QueueRequirements.Day> days = forecast.days().stream()
                    .map(day -> day(day, model, targets, seconds))
                    .toList();
            return new QueueRequirements(
                    forecast.queueId(),
                    forecast.timeZone(),
                    forecast.intervalMinutes(),
                    forecast.from(),
                    forecast.to(),
                    targets,
                    forecast.method(),
                    forecast.history(),
                    forecast.warnings(),
                    days);
        });
    }

    private static QueueRequirements.Day day(
            QueueForecast.Day day, StaffingModel model, QueueTargets targets, int seconds) {
        List<QueueRequirements.Interval> intervals = day.intervals().stream()
                .map(interval -> interval(interval, model, targets, seconds))
                .toList();
        int peak = intervals.stream()
                .mapToInt(QueueRequirements.Interval::scheduledAgents)
                .max()
                .orElse(0);
        double hours = intervals.stream()
                        .mapToInt(QueueRequirements.Interval::scheduledAgents)
                        .sum()
                * seconds
                / 3600.0;
        return new QueueRequirements.Day(
                day.date(), day.hours(), day.calls(), day.specialDays(), peak, hours, intervals);
    }

    private static QueueRequirements.Interval interval(
            QueueForecast.Interval interval, StaffingModel model, QueueTargets targets, int seconds) {
        if (interval.calls() <= 0) {
            return new QueueRequirements.Interval(
                    interval.start(), interval.end(), 0, interval.ahtSeconds(), 0, 0, null, null, null, null, null);
        }
        if (interval.ahtSeconds() == null) {
            throw noHandleTimes();
        }
        StaffingResult result = model.staff(interval.calls(), seconds, interval.ahtSeconds(), targets);
        return new QueueRequirements.Interval(
                interval.start(),
                interval.end(),
                interval.calls(),
                interval.ahtSeconds(),
                result.agents(),
                result.scheduledAgents(),
                result.serviceLevel(),
                result.probabilityOfWaiting(),
                result.asaSeconds(),
                result.occupancy(),
                result.probabilityOfAbandon());
    }

    private static ErrorResponseException noHandleTimes() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The queue's history holds calls but no handle times, so no staffing can be worked out; import"
                        + " interval counts with aht_seconds.");
        problem.setTitle("No handle times");
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }
}
