package org.trialline.kpi.feed;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.trialline.kpi.config.KpiProperties;
import org.trialline.kpi.config.RedisConnections;
import org.trialline.kpi.feed.FeedMessage.Alert;
import org.trialline.kpi.state.Directory;
import org.trialline.kpi.state.Keys;
import org.trialline.kpi.view.Group;
import org.trialline.kpi.view.Snapshot;
import org.trialline.kpi.view.Snapshots;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every subscribed group's latest snapshot and hands each change to its subscribers. Any instance may have
 * applied the change: all of them hear on Redis pub/sub which queues moved, and each computes again, at most once per
 * {@code refresh-every}, only the groups its own clients watch.
 */
@Component
public class FeedHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedHub.class);

    private final Snapshots snapshots;
    private final Directory directory;
    private final KpiProperties properties;
    private final RedisConnections connections;
    private final RedisReactiveCommands<String, String> redis;
    private final Keys keys;
    private final JsonMapper json;
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private volatile boolean running;
    private StatefulRedisPubSubConnection<String, String> pubSub;
    private Disposable ticking;
    private Disposable listening;

    FeedHub(
            Snapshots snapshots,
            Directory directory,
            KpiProperties properties,
            RedisConnections connections,
            JsonMapper json,
            MeterRegistry registry) {
        this.snapshots = snapshots;
        this.directory = directory;
        this.properties = properties;
        this.connections = connections;
        this.redis = connections.commands();
        this.keys = new Keys(properties.keyPrefix());
        this.json = json;
        Gauge.builder(
                        "trialline.feed.subscribers",
                        topics,
                        all -> all.values().stream()
                                .mapToInt(topic -> topic.subscribers.size())
                                .sum())
                .description("Clients subscribed to a wallboard feed of this instance")
                .register(registry);
    }

    /** A subscribed group: its subscribers and what they were last sent. */
    private static final class Topic {
        final Group group;
        final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
        volatile boolean dirty = true;
        volatile boolean computing;
        Map<String, Object> last = Map.of();
        Map<String, String> status = Map.of();
        long version;

        Topic(Group group) {
            this.group = group;
        }
    }

    /**
     * A feed of the group: a snapshot, then deltas and alerts. Fails with {@link
     * org.trialline.kpi.view.UnknownGroupException} for a group no queue belongs to.
     */
    public Flux<FeedMessage> subscribe(Group group) {
        return snapshots
                .queuesOf(group)
                .thenMany(Flux.create(
                        sink -> {
                            Subscriber subscriber = new Subscriber(
                                    group.toString(), sink, properties.lagLimit(), System::currentTimeMillis);
                            // joins before its snapshot is read, so that no change falls between the two; inside
                            // compute, so that the refresh never drops the topic between its lookup and the join
                            Topic topic = topics.compute(group.toString(), (name, existing) -> {
                                Topic joined = existing == null ? new Topic(group) : existing;
                                joined.subscribers.add(subscriber);
                                return joined;
                            });
                            sink.onDispose(() -> topic.subscribers.remove(subscriber));
                            sink.onRequest(n -> subscriber.drain());
                            snapshots
                                    .read(group)
                                    .subscribe(
                                            snapshot -> {
                                                subscriber.snapshot(
                                                        snapshot.version(), Flattening.flatten(json, snapshot));
                                                topic.dirty = true;
                                                subscriber.drain();
                                            },
                                            sink::error);
                        },
                        FluxSink.OverflowStrategy.ERROR));
    }

    /**
     * The feeds of several groups on one stream, each message naming its group. Every group is checked before any
     * feed starts, so an unknown one fails the whole request rather than ending a stream already under way.
     */
    public Flux<FeedMessage> subscribe(List<Group> groups) {
        return Flux.fromIterable(groups)
                .concatMap(snapshots::queuesOf)
                .thenMany(Flux.merge(Flux.fromIterable(groups).map(this::subscribe), Math.max(1, groups.size()), 1));
    }

    /** Values held for the clients of a group and not yet sent, summed; for tests and diagnosis. */
    public int held(Group group) {
        Topic topic = topics.get(group.toString());
        return topic == null
                ? 0
                : topic.subscribers.stream().mapToInt(Subscriber::held).sum();
    }

    @Override
    public void start() {
        running = true;
        pubSub = connections.pubSub();
        listening = pubSub.reactive()
                .subscribe(keys.changes(), keys.alerts())
                .thenMany(pubSub.reactive().observeChannels())
                .subscribe(message -> {
                    if (message.getChannel().equals(keys.alerts())) {
                        forwardAlert(message.getMessage());
                    } else {
                        changed(message.getMessage());
                    }
                });
        ticking = Flux.interval(properties.refreshEvery())
                .onBackpressureDrop()
                .concatMap(tick -> refresh().onErrorResume(ex -> {
                    log.warn("Refreshing the feeds failed: {}", ex.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        running = false;
        if (ticking != null) {
            ticking.dispose();
        }
        if (listening != null) {
            listening.dispose();
        }
        if (pubSub != null) {
            pubSub.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** "q:ID" when a queue's figures moved, "agents" when an agent's state did, "config" for queues and skills. */
    void changed(String message) {
        if (message.equals("config")) {
            directory.forget();
        }
        if (!message.startsWith("q:")) {
            topics.values().forEach(topic -> topic.dirty = true);
            return;
        }
        String queueId = message.substring(2);
        directory
                .queue(queueId)
                .subscribe(queue -> topics.values().forEach(topic -> {
                    Group group = topic.group;
                    boolean affected = switch (group.kind()) {
                        case ALL -> true;
                        case QUEUE -> group.id().equals(queueId);
                        case TRIAL -> queue.configured() && group.id().equals(queue.trial());
                        case LANGUAGE -> queue.configured() && group.id().equals(queue.language());
                    };
                    if (affected) {
                        topic.dirty = true;
                    }
                }));
    }

    private Mono<Void> refresh() {
        long now = System.currentTimeMillis();
        return Flux.fromIterable(topics.values())
                .filter(topic -> {
                    if (topic.subscribers.isEmpty()) {
                        // removed only while still empty, in the same step as a join would take
                        topics.computeIfPresent(
                                topic.group.toString(),
                                (name, existing) ->
                                        existing == topic && existing.subscribers.isEmpty() ? null : existing);
                        return false;
                    }
                    return topic.dirty && !topic.computing;
                })
                .flatMap(this::recompute)
                .then(Mono.fromRunnable(
                        () -> topics.values().forEach(topic -> topic.subscribers.forEach(Subscriber::drain))));
    }

    private Mono<Void> recompute(Topic topic) {
        topic.dirty = false;
        topic.computing = true;
        return snapshots
                .read(topic.group)
                .flatMap(snapshot -> publish(topic, snapshot))
                .doFinally(signal -> topic.computing = false)
                .onErrorResume(ex -> {
                    topic.dirty = true;
                    log.warn("Computing {} failed: {}", topic.group, ex.toString());
                    return Mono.empty();
                });
    }

    private Mono<Void> publish(Topic topic, Snapshot snapshot) {
        Map<String, Object> values = Flattening.flatten(json, snapshot);
        Map<String, Object> changed = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (!Objects.equals(topic.last.get(key), value)) {
                changed.put(key, value);
            }
        });
        Set<String> gone = new HashSet<>(topic.last.keySet());
        gone.removeAll(values.keySet());
        Map<String, String> before = topic.status;
        topic.last = values;
        topic.status = snapshot.status();
        topic.version = snapshot.version();
        // the version alone moving is no news to a client
        changed.remove("version");
        if (!changed.isEmpty() || !gone.isEmpty()) {
            changed.put("version", values.get("version"));
            topic.subscribers.forEach(subscriber -> subscriber.changed(snapshot.version(), values, changed, gone));
        } else {
            topic.subscribers.forEach(subscriber -> subscriber.changed(snapshot.version(), values, Map.of(), Set.of()));
        }
        // a first computation has no levels of its own to go by and asks Redis for all of them: skipping it lost a
        // crossing between a subscriber's snapshot and it, and a later return to OK from a level never announced
        return Flux.fromIterable(snapshot.status().entrySet())
                .filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                .concatMap(entry -> announce(topic.group, entry.getKey(), entry.getValue(), snapshot))
                .then();
    }

    /**
     * Announces a crossing once for all instances: the one whose GETSET finds another level publishes it, the others
     * find their own level already there.
     */
    private Mono<Void> announce(Group group, String measure, String level, Snapshot snapshot) {
        return redis.setGet(keys.alertStatus(group, measure), level)
                .defaultIfEmpty(org.trialline.kpi.view.Status.OK)
                .filter(previous -> !previous.equals(level))
                .flatMap(previous -> {
                    Alert alert = new Alert(
                            group.toString(),
                            measure,
                            previous,
                            level,
                            valueOf(snapshot, measure),
                            snapshot.asOf().toString());
                    return redis.publish(keys.alerts(), json.writeValueAsString(alert));
                })
                .then();
    }

    private static Double valueOf(Snapshot snapshot, String measure) {
        return switch (measure) {
            case "serviceLevel" -> snapshot.windows().get("today").serviceLevel();
            case "abandonmentRate" -> snapshot.windows().get("today").abandonmentRate();
            default -> snapshot.oldestWaitSeconds();
        };
    }

    private void forwardAlert(String message) {
        Alert alert;
        try {
            alert = json.readValue(message, Alert.class);
        } catch (RuntimeException ex) {
            log.warn("Unreadable alert on {}: {}", keys.alerts(), ex.toString());
            return;
        }
        Topic topic = topics.get(alert.group());
        if (topic != null) {
            topic.subscribers.forEach(subscriber -> subscriber.alert(alert));
        }
    }
}
