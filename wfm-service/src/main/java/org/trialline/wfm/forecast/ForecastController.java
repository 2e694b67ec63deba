package org.trialline.wfm.forecast;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.wfm.problems.DateRange;
import reactor.core.publisher.Mono;

/** A queue's forecast per day and interval, in the queue's time zone. */
@RestController
class ForecastController {

    private final Forecasts forecasts;
    private final Clock clock;

    ForecastController(Forecasts forecasts, Clock clock) {
        this.forecasts = forecasts;
        this.clock = clock;
    }

    /**
     * @param from the first day, in the queue's time zone
     * @param to the last day, included; at most a year after {@code from} and after today
     */
    @GetMapping("/api/wfm/queues/{id}/forecast")
    Mono<QueueForecast> forecast(
            @PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange.check(from, to, LocalDate.now(clock));
        return forecasts.forecast(id, from, to).map(Forecasts.Planned::forecast);
    }
}
