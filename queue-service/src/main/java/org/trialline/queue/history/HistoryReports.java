package org.trialline.queue.history;

import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Counts a queue's contacts per interval or day from the contact history, as a careful analyst would. */
@Service
public class HistoryReports {

    // the counts every variant and rate is made of; a wait runs from entering the queue to being answered or leaving
    private static final String SQL = """
            with c as (
                select c.queue_id, q.service_level_seconds as t, q.short_abandon_seconds as s,
                       q.service_level_variant as variant, c.answered_at, c.left_at, c.leave_reason, c.ended_at,
                       c.wrapped_up_at,
                       extract(epoch from coalesce(c.answered_at, c.left_at) - c.enqueued_at) as wait,
                       date_bin(cast(:step as interval), c.enqueued_at at time zone :zone,
                                timestamp '2000-01-01') as bucket
                from contacts c join queues q on q.id = c.queue_id
                where c.enqueued_at >= :from and c.enqueued_at < :to and (:all or c.queue_id = any(:queues))
            )
            select queue_id, bucket, variant, t,
                   count(*) as offered,
                   count(*) filter (where answered_at is not null) as answered,
                   count(*) filter (where leave_reason = 'ABANDONED' and wait > s) as abandoned,
                   count(*) filter (where leave_reason = 'ABANDONED' and wait <= s) as short_abandoned,
                   count(*) filter (where answered_at is not null and wait <= t) as answered_within,
                   count(*) filter (where leave_reason = 'ABANDONED' and wait > t and wait > s) as abandoned_after,
                   count(*) filter (where wait <= t and not (leave_reason = 'ABANDONED' and wait <= s))
                       as left_within,
                   count(*) filter (where ended_at is not null) as handled,
                   avg(wait) filter (where answered_at is not null) as asa,
                   avg(extract(epoch from ended_at - answered_at)
                       + coalesce(extract(epoch from wrapped_up_at - ended_at), 0))
                       filter (where ended_at is not null) as aht
            from c
            group by queue_id, bucket, variant, t
            order by queue_id, bucket
            """;

    private final DatabaseClient database;

    HistoryReports(DatabaseClient database) {
        this.database = database;
    }

    /**
     * @param queues the queues to report, or empty for all
     * @param step 15, 30 or 60 minutes, or one day
     */
    public Flux<IntervalReport> report(List<String> queues, Instant from, Instant to, Duration step, ZoneId zone) {
        return database.sql(SQL)
                .bind("step", step.toMinutes() + " minutes")
                .bind("zone", zone.getId())
                .bind("from", from)
                .bind("to", to)
                .bind("all", queues.isEmpty())
                .bind("queues", queues.toArray(String[]::new))
                .map(row -> read(row, step))
                .all();
    }

    private static IntervalReport read(Readable row, Duration step) {
        long offered = number(row, "offered");
        long answered = number(row, "answered");
        long abandoned = number(row, "abandoned");
        long shortAbandoned = number(row, "short_abandoned");
        long answeredWithin = number(row, "answered_within");
        String variant = row.get("variant", String.class);
        Double serviceLevel = switch (variant) {
            case "ASTERISK" -> ratio(answeredWithin, answered);
            case "CONNECT" -> ratio(number(row, "left_within"), offered - shortAbandoned);
            default -> ratio(answeredWithin, answered + number(row, "abandoned_after"));
        };
        LocalDateTime start = row.get("bucket", LocalDateTime.class);
        return new IntervalReport(
                row.get("queue_id", String.class),
                start,
                start.plus(step),
                offered,
                answered,
                abandoned,
                shortAbandoned,
                number(row, "handled"),
                serviceLevel,
                variant,
                row.get("t", Integer.class),
                ratio(abandoned, offered - shortAbandoned),
                decimal(row, "asa"),
                decimal(row, "aht"));
    }

    private static long number(Readable row, String column) {
        Long value = row.get(column, Long.class);
        return value == null ? 0 : value;
    }

    private static Double decimal(Readable row, String column) {
        Number value = row.get(column, java.math.BigDecimal.class);
        return value == null ? null : value.doubleValue();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
