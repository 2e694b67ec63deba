package org.trialline.wfm.forecast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.wfm.history.HistoryInterval;
import org.trialline.wfm.history.IntervalHistory;
import org.trialline.wfm.history.QueueServiceHistory;
import org.trialline.wfm.queues.QueuePlan;
import org.trialline.wfm.queues.QueuePlans;
import org.trialline.wfm.specialdays.SpecialDay;
import org.trialline.wfm.specialdays.SpecialDays;
import reactor.core.publisher.Mono;

/**
 * Forecasts a queue's calls and handle times per interval: reads its history of the last
 * {@value WeeklyForecaster#WEEKS} weeks from imported counts and from queue-service (an imported day wins over
 * queue-service's for the same day), leaves the special days out of it, fits a {@link WeeklyForecaster} and applies
 * the special days of the forecast range.
 */
@Service
public class Forecasts {

    static final String METHOD = "weekday factors × damped Holt level and trend of daily totals × intraday profile per"
            + " weekday, learnt from up to " + WeeklyForecaster.WEEKS + " weeks, smoothing fitted to "
            + WeeklyForecaster.FIT_HORIZON + "-day-ahead errors";

    private static final int MIN_HISTORY_DAYS = 7;

    private final QueuePlans plans;
    private final IntervalHistory imported;
    private final QueueServiceHistory queueService;
    private final SpecialDays specialDays;
    private final Clock clock;
    private final WeeklyForecaster forecaster =
            new WeeklyForecaster(WeeklyForecaster.WEEKS, WeeklyForecaster.FIT_HORIZON);

    Forecasts(
            QueuePlans plans,
            IntervalHistory imported,
            QueueServiceHistory queueService,
            SpecialDays specialDays,
            Clock clock) {
        this.plans = plans;
        this.imported = imported;
        this.queueService = queueService;
        this.specialDays = specialDays;
        this.clock = clock;
    }

    /** The queue's plan and its forecast from {@code from} to {@code to}; 404 for a queue not set up. */
    public Mono<Planned> forecast(String queueId, LocalDate from, LocalDate to) {
        return plans.get(queueId)
                .flatMap(plan -> forecast(plan, from, to).map(forecast -> new Planned(plan, forecast)));
    }

    /** A forecast with the plan it was made for. */
    public record Planned(QueuePlan plan, QueueForecast forecast) {}

    private Mono<QueueForecast> forecast(QueuePlan plan, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(plan.timeZone()));
        // a range in the past is forecast as it would have been on its first day, which lets a planner check one
        LocalDate origin = from.isBefore(today) ? from : today;
        LocalDate historyFrom = origin.minusWeeks(WeeklyForecaster.WEEKS);
        Instant start = historyFrom.atStartOfDay(plan.timeZone()).toInstant();
        Instant end = origin.atStartOfDay(plan.timeZone()).toInstant();
        // a day either side, in case the centre's zone and the queue's differ
        Mono<QueueServiceHistory.Answer> reported =
                queueService.intervals(plan.queueId(), plan.intervalMinutes(), historyFrom.minusDays(1), origin);
        return Mono.zip(
                        imported.between(plan.queueId(), start, end).collectList(),
                        reported,
                        specialDays.affecting(plan.queueId(), historyFrom, to).collectList())
                .map(sources -> new Builder(plan, origin, sources.getT3())
                        .history(sources.getT1(), within(sources.getT2().intervals(), start, end), sources.getT2())
                        .forecast(from, to));
    }

    private static List<HistoryInterval> within(List<HistoryInterval> rows, Instant start, Instant end) {
        return rows.stream()
                .filter(row -> !row.start().isBefore(start) && row.start().isBefore(end))
                .toList();
    }

    /** History calls in one of the queue's intervals. */
    private record Piece(Instant start, double calls, Double ahtSeconds) {}

    /** One forecast in the making. */
    private final class Builder {

        private final QueuePlan plan;
        private final LocalDate origin;
        private final List<SpecialDay> special;
        private final List<String> warnings = new ArrayList<>();
        private final TreeSet<String> sources = new TreeSet<>();
        private NavigableMap<LocalDate, DayCounts> history;
        private LocalDate firstDay;

        Builder(QueuePlan plan, LocalDate origin, List<SpecialDay> special) {
            this.plan = plan;
            this.origin = origin;
            this.special = special;
        }

        Builder history(
                List<HistoryInterval> importedRows,
                List<HistoryInterval> reportedRows,
                QueueServiceHistory.Answer answer) {
            Map<LocalDate, List<Piece>> byDay = byLocalDay(importedRows);
            if (!byDay.isEmpty()) {
                sources.add("imported");
            }
            byLocalDay(reportedRows).forEach((day, rows) -> {
                if (byDay.putIfAbsent(day, rows) == null) {
                    sources.add("queue-service");
                }
            });
            if (!answer.available()) {
                warnings.add("queue-service's history could not be read; the forecast uses imported counts only");
            }
            firstDay = byDay.entrySet().stream()
                    .filter(day -> day.getValue().stream().anyMatch(piece -> piece.calls() > 0))
                    .map(Map.Entry::getKey)
                    .min(LocalDate::compareTo)
                    .orElse(null);
            checkEnough(answer);
            history = new TreeMap<>();
            for (LocalDate day = firstDay; day.isBefore(origin); day = day.plusDays(1)) {
                if (specialOn(day).isEmpty()) {
                    history.put(day, counts(byDay.getOrDefault(day, List.of())));
                }
            }
            return this;
        }

        private void checkEnough(QueueServiceHistory.Answer answer) {
            LocalDate historyFrom = origin.minusWeeks(WeeklyForecaster.WEEKS);
            if (firstDay == null && !answer.available()) {
                throw new ResponseStatusException(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "queue-service's history could not be read and no counts were imported for queue "
                                + plan.queueId());
            }
            if (firstDay == null) {
                throw new NoHistoryException(
                        plan.queueId(),
                        historyFrom,
                        origin.minusDays(1),
                        "no calls were recorded from " + historyFrom + " to " + origin.minusDays(1) + ".");
            }
            if (firstDay.isAfter(origin.minusDays(MIN_HISTORY_DAYS))) {
                throw new NoHistoryException(
                        plan.queueId(),
                        firstDay,
                        origin.minusDays(1),
                        "its first calls came on " + firstDay + ", less than a week before " + origin + ".");
            }
        }

        // a row of a longer interval than the queue's is spread evenly over the queue's intervals it covers
        private Map<LocalDate, List<Piece>> byLocalDay(List<HistoryInterval> rows) {
            int minutes = plan.intervalMinutes();
            Map<LocalDate, List<Piece>> days = new TreeMap<>();
            for (HistoryInterval row : rows) {
                int parts = Math.max(1, row.minutes() / minutes);
                for (int part = 0; part < parts; part++) {
                    Instant start = row.start().plus(Duration.ofMinutes((long) part * minutes));
                    days.computeIfAbsent(start.atZone(plan.timeZone()).toLocalDate(), d -> new ArrayList<>())
                            .add(new Piece(start, (double) row.calls() / parts, row.ahtSeconds()));
                }
            }
            return days;
        }

        private DayCounts counts(List<Piece> pieces) {
            DayCounts counts = new DayCounts();
            pieces.forEach(piece -> counts.add(slot(piece.start()), piece.calls(), piece.ahtSeconds()));
            return counts;
        }

        private LocalTime slot(Instant start) {
            LocalTime local = start.atZone(plan.timeZone()).toLocalTime();
            int minute = local.getHour() * 60 + local.getMinute();
            int slot = minute / plan.intervalMinutes() * plan.intervalMinutes();
            return LocalTime.of(slot / 60, slot % 60);
        }

        private List<SpecialDay> specialOn(LocalDate day) {
            return special.stream().filter(s -> s.covers(day)).toList();
        }

        QueueForecast forecast(LocalDate from, LocalDate to) {
            ForecastModel model = forecaster.fit(history, origin);
            for (LocalDate day = from; !day.isAfter(to) && day.isBefore(from.plusWeeks(1)); day = day.plusDays(1)) {
                if (!model.knows(day.getDayOfWeek())) {
                    throw new NoHistoryException(
                            plan.queueId(),
                            firstDay,
                            origin.minusDays(1),
                            "its history holds no " + day.getDayOfWeek() + " outside special days.");
                }
            }
            List<QueueForecast.Day> days = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                days.add(day(model, day));
            }
            return new QueueForecast(
                    plan.queueId(),
                    plan.timeZone().getId(),
                    plan.intervalMinutes(),
                    from,
                    to,
                    METHOD,
                    new QueueForecast.Basis(firstDay, origin.minusDays(1), history.size(), List.copyOf(sources)),
                    List.copyOf(warnings),
                    days);
        }

        private QueueForecast.Day day(ForecastModel model, LocalDate day) {
            List<SpecialDay> specials = specialOn(day);
            double factor = specials.stream().mapToDouble(SpecialDay::factor).reduce(1, (a, b) -> a * b);
            List<QueueForecast.Interval> intervals = new ArrayList<>();
            double total = 0;
            for (ZonedDateTime start : DayLayout.starts(day, plan.timeZone(), plan.intervalMinutes())) {
                double calls = model.calls(day, start.toLocalTime()) * factor;
                total += calls;
                Double aht = model.ahtSeconds(day, start.toLocalTime());
                intervals.add(new QueueForecast.Interval(
                        start.toOffsetDateTime(),
                        start.plusMinutes(plan.intervalMinutes()).toOffsetDateTime(),
                        round(calls, 100),
                        aht == null ? null : round(aht, 10)));
            }
            long hours = Duration.between(
                            day.atStartOfDay(plan.timeZone()), day.plusDays(1).atStartOfDay(plan.timeZone()))
                    .toHours();
            return new QueueForecast.Day(
                    day,
                    (int) hours,
                    round(total, 100),
                    factor,
                    specials.stream().map(SpecialDay::name).collect(Collectors.toList()),
                    intervals);
        }
    }

    // a forecast is a mean: more digits than these would only suggest a precision it does not have
    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
