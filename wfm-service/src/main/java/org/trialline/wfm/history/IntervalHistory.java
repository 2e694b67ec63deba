package org.trialline.wfm.history;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Imported interval counts, kept in PostgreSQL; a row imported again replaces the earlier one. */
@Repository
public class IntervalHistory {

    // a statement's arrays stay well below PostgreSQL's message limits
    private static final int CHUNK = 5_000;

    private final DatabaseClient database;

    IntervalHistory(DatabaseClient database) {
        this.database = database;
    }

    Mono<Long> save(List<HistoryInterval> rows) {
        return Flux.range(0, (rows.size() + CHUNK - 1) / CHUNK)
                .concatMap(chunk -> saveChunk(rows.subList(chunk * CHUNK, Math.min(rows.size(), (chunk + 1) * CHUNK))))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> saveChunk(List<HistoryInterval> rows) {
        return database.sql("insert into interval_history (queue_id, starts_at, interval_minutes, calls, aht_seconds)"
                        + " select * from unnest(:queues::text[], :starts::timestamptz[], :minutes::integer[],"
                        + " :calls::integer[], :aht::double precision[])"
                        + " on conflict (queue_id, starts_at) do update set"
                        + " interval_minutes = excluded.interval_minutes, calls = excluded.calls,"
                        + " aht_seconds = excluded.aht_seconds, imported_at = now()")
                .bind("queues", rows.stream().map(HistoryInterval::queueId).toArray(String[]::new))
                .bind("starts", rows.stream().map(row -> row.start().toString()).toArray(String[]::new))
                .bind("minutes", rows.stream().map(HistoryInterval::minutes).toArray(Integer[]::new))
                .bind(
                        "calls",
                        rows.stream().map(row -> Math.toIntExact(row.calls())).toArray(Integer[]::new))
                .bind("aht", rows.stream().map(HistoryInterval::ahtSeconds).toArray(Double[]::new))
                .fetch()
                .rowsUpdated();
    }

    /** A queue's imported intervals that start from {@code from} up to {@code to}, in time order. */
    public Flux<HistoryInterval> between(String queueId, Instant from, Instant to) {
        return database.sql("select queue_id, starts_at, interval_minutes, calls, aht_seconds from interval_history"
                        + " where queue_id = :queue and starts_at >= :from and starts_at < :to order by starts_at")
                .bind("queue", queueId)
                .bind("from", from)
                .bind("to", to)
                .map(IntervalHistory::read)
                .all();
    }

    private static HistoryInterval read(Readable row) {
        return new HistoryInterval(
                row.get("queue_id", String.class),
                row.get("starts_at", OffsetDateTime.class).toInstant(),
                row.get("interval_minutes", Integer.class),
                row.get("calls", Integer.class),
                row.get("aht_seconds", Double.class));
    }
}
