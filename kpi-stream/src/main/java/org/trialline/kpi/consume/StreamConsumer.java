package org.trialline.kpi.consume;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.config.KpiProperties;
import org.trialline.kpi.config.RedisConnections;
import org.trialline.kpi.consume.EventReader.ContractViolation;
import org.trialline.kpi.state.KpiStore;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reads {@code queue.events} as one consumer of the group all kpi-stream instances share. An entry is acknowledged
 * once applied; one that fails stays pending and is taken over by whichever instance next finds it idle (XAUTOCLAIM),
 * also when its consumer died; after {@code max-tries} deliveries, or at once when it breaks the event contract, it
 * goes to the dead-letter stream with the reason. Nothing stops the consumer but the service stopping.
 */
@Component
public class StreamConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);
    private static final long DEAD_LETTERS_KEPT = 100_000;

    private final RedisConnections connections;
    private final RedisReactiveCommands<String, String> redis;
    private final KpiStore store;
    private final EventReader reader;
    private final KpiProperties properties;
    private final Consumer<String> consumer;
    private final StreamMetrics metrics;
    private final Map<String, String> lastFailure = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Disposable reading;
    private Disposable claiming;

    StreamConsumer(
            RedisConnections connections,
            KpiStore store,
            EventReader reader,
            KpiProperties properties,
            MeterRegistry registry) {
        this.connections = connections;
        this.redis = connections.commands();
        this.store = store;
        this.reader = reader;
        this.properties = properties;
        this.consumer = Consumer.from(properties.group(), consumerName(properties));
        this.metrics = new StreamMetrics(registry);
    }

    private static String consumerName(KpiProperties properties) {
        if (!properties.consumer().isBlank()) {
            return properties.consumer();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException ex) {
            host = "kpi-stream";
        }
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    public String consumerName() {
        return consumer.getName();
    }

    @Override
    public void start() {
        running = true;
        Retry patiently = Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
                .maxBackoff(Duration.ofSeconds(5))
                // a read that succeeds starts the backoff again, so a Redis back after a while is read from at once
                .transientErrors(true)
                .doBeforeRetry(signal -> log.warn(
                        "Reading {} failed, trying again: {}",
                        properties.stream(),
                        signal.failure().toString()));
        reading = createGroup()
                .thenMany(Flux.defer(this::readOnce).repeat(() -> running))
                .retryWhen(patiently)
                .subscribe();
        claiming = Flux.interval(properties.claimEvery(), properties.claimEvery())
                .onBackpressureDrop()
                .concatMap(tick -> claimOnce().then(measurePending()).onErrorResume(ex -> {
                    log.warn("Taking over idle entries of {} failed: {}", properties.stream(), ex.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        running = false;
        if (claiming != null) {
            claiming.dispose();
        }
        if (reading != null) {
            reading.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Creates the group at the start of the stream, so that a first instance counts what came before it. */
    Mono<Void> createGroup() {
        return redis.xgroupCreate(
                        XReadArgs.StreamOffset.from(properties.stream(), "0"),
                        properties.group(),
                        XGroupCreateArgs.Builder.mkstream())
                .onErrorResume(
                        ex -> ex.getMessage() != null && ex.getMessage().startsWith("BUSYGROUP"), ex -> Mono.empty())
                .then();
    }

    private Mono<Void> readOnce() {
        return connections
                .reads()
                .xreadgroup(
                        consumer,
                        XReadArgs.Builder.block(Duration.ofSeconds(1)).count(properties.batchSize()),
                        XReadArgs.StreamOffset.lastConsumed(properties.stream()))
                .collectList()
                .flatMap(this::handle);
    }

    /** Applies a batch and acknowledges what was applied or dead-lettered; the rest stays pending. */
    Mono<Void> handle(List<StreamMessage<String, String>> messages) {
        if (messages.isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(messages)
                .flatMap(this::process, properties.concurrency())
                .collectList()
                .flatMap(done -> done.isEmpty()
                        ? Mono.empty()
                        : redis.xack(properties.stream(), properties.group(), done.toArray(String[]::new)))
                .then();
    }

    /** Answers the entry's id when it can be acknowledged. */
    private Mono<String> process(StreamMessage<String, String> message) {
        QueueEvent event;
        try {
            event = reader.read(message.getBody());
        } catch (ContractViolation violation) {
            return deadLetter(message, violation.getMessage(), 1);
        }
        return store.apply(event)
                .doOnNext(outcome -> {
                    metrics.applied(outcome);
                    lastFailure.remove(message.getId());
                })
                .thenReturn(message.getId())
                .onErrorResume(ex -> {
                    // left pending: it is delivered again once idle, to this instance or another
                    metrics.failed();
                    lastFailure.put(message.getId(), ex.toString());
                    log.warn("Applying entry {} ({}) failed: {}", message.getId(), event.eventId(), ex.toString());
                    return Mono.empty();
                });
    }

    /** Takes over entries idle for longer than {@code claim-idle}, from a dead consumer or from this one. */
    Mono<Void> claimOnce() {
        XAutoClaimArgs<String> args = XAutoClaimArgs.Builder.xautoclaim(consumer, properties.claimIdle(), "0-0")
                .count(properties.batchSize());
        return redis.xautoclaim(properties.stream(), args)
                .flatMapMany(claimed -> Flux.fromIterable(claimed.getMessages()))
                .concatMap(message -> redis.xpending(
                                properties.stream(),
                                properties.group(),
                                Range.create(message.getId(), message.getId()),
                                Limit.from(1))
                        .next()
                        .map(pending -> pending.getRedeliveryCount())
                        .defaultIfEmpty(1L)
                        .flatMap(deliveries -> {
                            if (message.getBody() == null || message.getBody().isEmpty()) {
                                // trimmed from the stream while pending: nothing left to apply
                                return Mono.just(message.getId());
                            }
                            if (deliveries > properties.maxTries()) {
                                String last = lastFailure.remove(message.getId());
                                return deadLetter(
                                        message,
                                        "failed " + (deliveries - 1) + " deliveries"
                                                + (last == null ? "" : "; last: " + last),
                                        deliveries);
                            }
                            return process(message);
                        }))
                .collectList()
                .flatMap(done -> done.isEmpty()
                        ? Mono.empty()
                        : redis.xack(properties.stream(), properties.group(), done.toArray(String[]::new)))
                .then();
    }

    private Mono<String> deadLetter(StreamMessage<String, String> message, String reason, long deliveries) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", message.getId());
        Map<String, String> body = message.getBody() == null ? Map.of() : message.getBody();
        body.forEach((field, value) -> fields.put("entry." + field, value));
        fields.put("reason", reason);
        fields.put("consumer", consumer.getName());
        fields.put("deliveries", Long.toString(deliveries));
        fields.put("at", Instant.now().toString());
        log.warn("Entry {} goes to {}: {}", message.getId(), properties.deadLetterStream(), reason);
        return redis.xadd(
                        properties.deadLetterStream(),
                        XAddArgs.Builder.maxlen(DEAD_LETTERS_KEPT).approximateTrimming(),
                        fields)
                .doOnNext(id -> metrics.deadLettered())
                .thenReturn(message.getId());
    }

    /** The group's pending entries and the age of the oldest, for the metrics. */
    Mono<Void> measurePending() {
        return redis.xpending(properties.stream(), properties.group())
                .doOnNext(pending -> {
                    metrics.pending.set(pending.getCount());
                    String oldest = pending.getMessageIds() == null
                            ? null
                            : pending.getMessageIds().getLower().getValue();
                    metrics.oldestPendingMillis.set(
                            pending.getCount() == 0 || oldest == null
                                    ? 0
                                    : Math.max(0, System.currentTimeMillis() - idMillis(oldest)));
                })
                .then();
    }

    private static long idMillis(String streamId) {
        int dash = streamId.indexOf('-');
        return Long.parseLong(dash < 0 ? streamId : streamId.substring(0, dash));
    }

    /** The consumer's meters. */
    static final class StreamMetrics {

        final AtomicLong pending = new AtomicLong();
        final AtomicLong oldestPendingMillis = new AtomicLong();
        private final MeterRegistry registry;

        StreamMetrics(MeterRegistry registry) {
            this.registry = registry;
            Gauge.builder("trialline.stream.pending", pending, AtomicLong::get)
                    .description("Entries of queue.events delivered to the group and not yet acknowledged")
                    .register(registry);
            Gauge.builder("trialline.stream.pending.oldest", oldestPendingMillis, value -> value.get() / 1000.0)
                    .description("Age of the oldest pending entry")
                    .baseUnit("seconds")
                    .register(registry);
            // registered at once, so that a dashboard shows 0 rather than nothing before the first entry
            for (String outcome : new String[] {"applied", "duplicate", "failed", "dead_lettered"}) {
                entries(outcome);
            }
        }

        private io.micrometer.core.instrument.Counter entries(String outcome) {
            return io.micrometer.core.instrument.Counter.builder("trialline.stream.entries")
                    .description("Entries of queue.events taken by this instance, by what became of them")
                    .tag("outcome", outcome)
                    .register(registry);
        }

        void applied(KpiStore.Outcome outcome) {
            registry.counter(
                            "trialline.stream.entries",
                            "outcome",
                            outcome.name().toLowerCase(java.util.Locale.ROOT))
                    .increment();
        }

        void failed() {
            entries("failed").increment();
        }

        void deadLettered() {
            registry.counter("trialline.stream.entries", "outcome", "dead_lettered")
                    .increment();
        }
    }
}
