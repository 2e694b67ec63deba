package org.trialline.queue.history;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;

/** Reports per queue and interval or day, for planners and for the forecasts of wfm-service. */
@RestController
@RequestMapping("/api/queue/history")
class HistoryController {

    private static final Map<String, Duration> STEPS = Map.of(
            "15m", Duration.ofMinutes(15),
            "30m", Duration.ofMinutes(30),
            "60m", Duration.ofMinutes(60),
            "day", Duration.ofDays(1));

    // a year of days, or a month of quarter hours: enough for any report, small enough to answer quickly
    private static final int MAX_DAYS = 366;

    private final HistoryReports reports;
    private final ZoneId centreZone;

    HistoryController(HistoryReports reports, @Value("${trialline.centre.time-zone:UTC}") ZoneId centreZone) {
        this.reports = reports;
        this.centreZone = centreZone;
    }

    /**
     * @param interval 15m, 30m, 60m or day
     * @param from first day, in the centre's time zone
     * @param to last day, included
     * @param queue the queues to report; all when none is given
     * @param zone the time zone whose days and intervals to count in; the centre's when none is given
     */
    @GetMapping
    Flux<IntervalReport> report(
            @RequestParam(defaultValue = "day") String interval,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> queue,
            @RequestParam(required = false) String zone) {
        Duration step = STEPS.get(interval);
        if (step == null) {
            throw new ServerWebInputException("interval '" + interval + "' must be one of 15m, 30m, 60m or day");
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ServerWebInputException(
                    "from " + from + " to " + to + " must be a span of 1 to " + MAX_DAYS + " days, from first to last");
        }
        ZoneId days = zone == null ? centreZone : zone(zone);
        return reports.report(
                queue == null ? List.of() : queue,
                from.atStartOfDay(days).toInstant(),
                to.plusDays(1).atStartOfDay(days).toInstant(),
                step,
                days);
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException ex) {
            throw new ServerWebInputException("zone '" + zone + "' is not a time zone such as Asia/Jerusalem");
        }
    }
}
