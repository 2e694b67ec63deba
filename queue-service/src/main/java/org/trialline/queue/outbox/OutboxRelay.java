package org.trialline.queue.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.trialline.queue.switchboard.Changes;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes the outbox to the Redis stream in the order the events were written, then marks them published. A crash
 * between the two publishes an event again: delivery is at least once, and consumers deduplicate by {@code eventId}.
 * One instance relays at a time, under a PostgreSQL advisory lock, which keeps the stream in outbox order.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final DatabaseClient database;
    private final ReactiveStringRedisTemplate redis;
    private final TransactionalOperator transaction;
    private final Changes changes;
    private final OutboxProperties properties;
    private final AtomicLong backlog = new AtomicLong();
    private volatile Disposable loop;
    private volatile boolean ready;
    private volatile boolean active;

    OutboxRelay(
            DatabaseClient database,
            ReactiveStringRedisTemplate redis,
            TransactionalOperator transaction,
            Changes changes,
            OutboxProperties properties,
            MeterRegistry meters) {
        this.database = database;
        this.redis = redis;
        this.transaction = transaction;
        this.changes = changes;
        this.properties = properties;
        Gauge.builder("trialline.outbox.backlog", backlog, AtomicLong::get)
                .description("Events written but not yet published to the stream")
                .register(meters);
    }

    record Pending(long id, UUID eventId, String type, String payload) {}

    /** One round: publishes up to a batch and marks it. Answers how many events went out. */
    Mono<Integer> relay() {
        Mono<Integer> round = database.sql(
                        "select pg_try_advisory_xact_lock(hashtext('trialline.queue.outbox')) as mine")
                .map(row -> Boolean.TRUE.equals(row.get("mine", Boolean.class)))
                .one()
                .flatMap(mine -> mine ? pending().collectList().flatMap(this::publishAndMark) : Mono.just(0));
        return transaction
                .transactional(round)
                .flatMap(count -> countBacklog().thenReturn(count))
                // the backlog grows while Redis is away: count it then too, for the alert that watches it
                .onErrorResume(failure -> countBacklog().onErrorComplete().then(Mono.error(failure)));
    }

    private Mono<Integer> publishAndMark(List<Pending> batch) {
        return publish(batch).then(markPublished(batch)).thenReturn(batch.size());
    }

    Flux<Pending> pending() {
        return database.sql("select id, event_id, event_type, payload from outbox where published_at is null"
                        + " order by id limit :limit")
                .bind("limit", properties.batchSize())
                .map(row -> new Pending(
                        row.get("id", Long.class),
                        row.get("event_id", UUID.class),
                        row.get("event_type", String.class),
                        row.get("payload", String.class)))
                .all();
    }

    Mono<Void> publish(List<Pending> batch) {
        XAddOptions trim = XAddOptions.maxlen(properties.maxStreamLength()).approximateTrimming(true);
        // bounded, since the round holds a PostgreSQL transaction and the relay's lock while it waits for Redis
        return Flux.fromIterable(batch)
                .concatMap(event -> redis.opsForStream().add(record(event), trim))
                .then()
                .timeout(properties.publishTimeout());
    }

    Mono<Void> markPublished(List<Pending> batch) {
        Long[] ids = batch.stream().map(Pending::id).toArray(Long[]::new);
        return database.sql("update outbox set published_at = now() where id = any(:ids)")
                .bind("ids", ids)
                .fetch()
                .rowsUpdated()
                .then();
    }

    private MapRecord<String, String, String> record(Pending event) {
        return StreamRecords.newRecord()
                .in(properties.stream())
                .ofMap(Map.of("eventId", event.eventId().toString(), "type", event.type(), "payload", event.payload()));
    }

    private Mono<Long> countBacklog() {
        return database.sql("select count(*) as backlog from outbox where published_at is null")
                .map(row -> row.get("backlog", Long.class))
                .one()
                .doOnNext(backlog::set);
    }

    /** Relays until the outbox is empty. */
    Mono<Void> drain() {
        return relay().expand(count -> count > 0 ? relay() : Mono.empty()).then();
    }

    // the loop waits for the application to be ready; a context stopped and started again resumes it
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
        start();
    }

    // the events stay in the outbox and go out on a later round, once Redis answers again
    private Mono<Void> degraded(Throwable failure) {
        log.error("Publishing the outbox failed; events wait in PostgreSQL: {}", failure.toString());
        return Mono.empty();
    }

    // stopping only stops new rounds: cancelling one mid-way would leave its transaction, and the lock it holds, open
    @Override
    public synchronized void start() {
        if (ready && properties.enabled()) {
            active = true;
            if (loop == null) {
                loop = Flux.merge(Flux.interval(properties.interval()), changes.committedChanges())
                        .onBackpressureLatest()
                        .filter(tick -> active)
                        .concatMap(tick -> drain().onErrorResume(this::degraded), 1)
                        .subscribe();
            }
        }
    }

    @Override
    public void stop() {
        active = false;
    }

    @Override
    public boolean isRunning() {
        return active;
    }

    @PreDestroy
    void close() {
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
    }
}
