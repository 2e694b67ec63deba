package org.trialline.kpi.view;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.trialline.events.AgentState;
import org.trialline.kpi.config.KpiProperties;
import org.trialline.kpi.config.KpiProperties.Thresholds;
import org.trialline.kpi.config.RedisConnections;
import org.trialline.kpi.state.AgentSkills;
import org.trialline.kpi.state.Counter;
import org.trialline.kpi.state.Days;
import org.trialline.kpi.state.Directory;
import org.trialline.kpi.state.FunnelStage;
import org.trialline.kpi.state.Keys;
import org.trialline.kpi.state.QueueSettings;
import org.trialline.kpi.state.Script;
import org.trialline.kpi.view.Snapshot.AgentView;
import org.trialline.kpi.view.Snapshot.WaitingContact;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a group's snapshot from Redis. It holds nothing itself, so every instance reads the same snapshot for the same
 * state. Rolling windows are whole minutes of entering the queue: the last 15 minutes are the minute of the clock and
 * the 14 before it.
 */
@Service
public class Snapshots {

    static final List<Integer> ROLLING_MINUTES = List.of(15, 30, 60);
    private static final long MINUTE = 60_000L;

    private final RedisReactiveCommands<String, String> redis;
    private final Directory directory;
    private final KpiProperties properties;
    private final Keys keys;
    private final Days days;
    private final Script unionCounts = Script.load("union-counts.lua", ScriptOutputType.MULTI);

    Snapshots(RedisConnections connections, Directory directory, KpiProperties properties, Days days) {
        this.redis = connections.commands();
        this.directory = directory;
        this.properties = properties;
        this.keys = new Keys(properties.keyPrefix());
        this.days = days;
    }

    /** The groups there are: the centre, each queue, each trial and each language of a configured queue. */
    public Mono<List<String>> groups() {
        return directory.queues().map(queues -> {
            Set<String> groups = new TreeSet<>();
            queues.values().forEach(queue -> {
                groups.add(Group.queue(queue.queueId()).toString());
                if (queue.configured()) {
                    groups.add(Group.trial(queue.trial()).toString());
                    groups.add(Group.language(queue.language()).toString());
                }
            });
            List<String> all = new ArrayList<>();
            all.add(Group.ALL.toString());
            all.addAll(groups);
            return all;
        });
    }

    /** The queues of a group, or an {@link UnknownGroupException} when it has none and is not the centre. */
    public Mono<List<QueueSettings>> queuesOf(Group group) {
        return directory.queues().flatMap(queues -> {
            List<QueueSettings> members = queues.values().stream()
                    .filter(queue -> belongs(queue, group))
                    .toList();
            if (members.isEmpty() && group.kind() != Group.Kind.ALL) {
                return Mono.error(new UnknownGroupException(group));
            }
            return Mono.just(members);
        });
    }

    private static boolean belongs(QueueSettings queue, Group group) {
        return switch (group.kind()) {
            case ALL -> true;
            case QUEUE -> queue.queueId().equals(group.id());
            case TRIAL -> queue.configured() && queue.trial().equals(group.id());
            case LANGUAGE -> queue.configured() && queue.language().equals(group.id());
        };
    }

    public Mono<Snapshot> read(Group group) {
        // the version is read first, so a snapshot is never older than the version it carries
        return redis.get(keys.version())
                .map(Long::parseLong)
                .defaultIfEmpty(0L)
                .flatMap(version -> queuesOf(group).flatMap(queues -> read(group, version, queues)));
    }

    private Mono<Snapshot> read(Group group, long version, List<QueueSettings> queues) {
        Mono<Instant> clock = redis.get(keys.clock())
                .map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)))
                .defaultIfEmpty(Instant.now());
        return clock.flatMap(now -> Mono.zip(
                        waiting(queues),
                        agents(group, queues),
                        counters(group, now),
                        funnels(group, now),
                        thresholds(group))
                .flatMap(parts -> availableTime(parts.getT2(), now)
                        .map(available -> assemble(
                                group,
                                version,
                                now,
                                queues,
                                parts.getT1(),
                                parts.getT2(),
                                parts.getT3(),
                                parts.getT4(),
                                available,
                                parts.getT5()))));
    }

    private record Waiting(long count, List<WaitingContact> longest) {}

    private Mono<Waiting> waiting(List<QueueSettings> queues) {
        int listed = properties.waitingListed();
        return Flux.fromIterable(queues)
                .flatMap(queue -> Mono.zip(
                        redis.zcard(keys.waiting(queue.queueId())),
                        redis.zrangeWithScores(keys.waiting(queue.queueId()), 0, listed - 1L)
                                .map(scored -> new WaitingContact(
                                        scored.getValue(), queue.queueId(), Instant.ofEpochMilli((long)
                                                scored.getScore())))
                                .collectList()))
                .collectList()
                .map(perQueue -> {
                    long count = perQueue.stream().mapToLong(t -> t.getT1()).sum();
                    List<WaitingContact> longest = perQueue.stream()
                            .flatMap(t -> t.getT2().stream())
                            .sorted(Comparator.comparing(WaitingContact::enqueuedAt)
                                    .thenComparing(WaitingContact::contactId))
                            .limit(listed)
                            .toList();
                    return new Waiting(count, longest);
                });
    }

    /** The agents who serve a group: by their skills, or, when they have none on record, by their current queue. */
    private Mono<List<AgentView>> agents(Group group, List<QueueSettings> queues) {
        Set<String> queueIds = queues.stream().map(QueueSettings::queueId).collect(Collectors.toSet());
        return directory
                .skills()
                .flatMap(skills -> redis.smembers(keys.agents())
                        .flatMap(id -> hash(keys.agent(id)).map(state -> view(id, state, skills.get(id))))
                        .filter(agent -> agent.state() != null)
                        .filter(agent -> group.kind() == Group.Kind.ALL
                                || serves(skills.get(agent.id()), queues)
                                || (agent.queueId() != null && queueIds.contains(agent.queueId())))
                        .sort(Comparator.comparing(AgentView::id))
                        .collectList());
    }

    private static boolean serves(AgentSkills skills, List<QueueSettings> queues) {
        return skills != null && queues.stream().anyMatch(skills::serves);
    }

    private static AgentView view(String id, Map<String, String> state, AgentSkills skills) {
        if (!state.containsKey("state")) {
            return new AgentView(id, skills == null ? id : skills.name(), null, null, null, null);
        }
        String reason = state.get("reason");
        String queue = state.get("queue");
        return new AgentView(
                id,
                skills == null ? id : skills.name(),
                state.get("state"),
                reason == null || reason.isEmpty() ? null : reason,
                Instant.ofEpochMilli(Long.parseLong(state.get("since"))),
                queue == null || queue.isEmpty() ? null : queue);
    }

    /** Counters of today (index 0) and of each whole minute of the last hour, the clock's minute last. */
    private Mono<List<Map<Counter, Long>>> counters(Group group, Instant now) {
        long lastMinute = now.toEpochMilli() / MINUTE;
        List<String> bucketKeys = new ArrayList<>();
        bucketKeys.add(keys.day(days.dayOf(now), group));
        for (long minute = lastMinute - 59; minute <= lastMinute; minute++) {
            bucketKeys.add(keys.minute(minute, group));
        }
        return Flux.fromIterable(bucketKeys)
                .flatMapSequential(key -> hash(key).map(Snapshots::counters))
                .collectList();
    }

    private static Map<Counter, Long> counters(Map<String, String> hash) {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        hash.forEach((field, value) -> {
            Counter counter = Counter.ofField(field);
            if (counter != null) {
                counters.put(counter, Long.parseLong(value));
            }
        });
        return counters;
    }

    /** Distinct patients per funnel stage: today (index 0), then the 15, 30 and 60-minute windows. */
    private Mono<List<long[]>> funnels(Group group, Instant now) {
        LocalDate day = days.dayOf(now);
        long lastMinute = now.toEpochMilli() / MINUTE;
        Mono<long[]> today = Flux.fromArray(FunnelStage.values())
                .flatMapSequential(stage -> redis.scard(keys.dayFunnel(day, group, stage)))
                .collectList()
                .map(Snapshots::toArray);
        List<String> setKeys = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (int window : ROLLING_MINUTES) {
            for (FunnelStage stage : FunnelStage.values()) {
                for (int i = 0; i < window; i++) {
                    setKeys.add(keys.minuteFunnel(lastMinute - i, group, stage));
                }
                sizes.add(Integer.toString(window));
            }
        }
        // counted in Redis: sending every patient of the last hour to count them took most of a snapshot's time
        Flux<long[]> rolling = unionCounts
                .list(redis, setKeys.toArray(String[]::new), sizes.toArray(String[]::new))
                .flatMapMany(counts -> {
                    int stages = FunnelStage.values().length;
                    List<long[]> windows = new ArrayList<>();
                    for (int w = 0; w < ROLLING_MINUTES.size(); w++) {
                        long[] window = new long[stages];
                        for (int stage = 0; stage < stages; stage++) {
                            window[stage] = (Long) counts.get(w * stages + stage);
                        }
                        windows.add(window);
                    }
                    return Flux.fromIterable(windows);
                });
        return today.concatWith(rolling).collectList();
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private Mono<Thresholds> thresholds(Group group) {
        Thresholds defaults = properties.thresholds();
        if (group.kind() != Group.Kind.QUEUE) {
            return Mono.just(defaults);
        }
        return hash(keys.thresholds(group.id())).map(hash -> ThresholdsStore.read(hash, defaults));
    }

    /** Each agent's time available in today's window and each rolling one, in milliseconds, summed. */
    private Mono<long[]> availableTime(List<AgentView> agents, Instant now) {
        long to = now.toEpochMilli();
        long lastMinute = to / MINUTE;
        long[] from = new long[1 + ROLLING_MINUTES.size()];
        from[0] = days.start(days.dayOf(now)).toEpochMilli();
        for (int i = 0; i < ROLLING_MINUTES.size(); i++) {
            from[i + 1] = (lastMinute - ROLLING_MINUTES.get(i) + 1) * MINUTE;
        }
        return Flux.fromIterable(agents)
                .flatMap(agent -> redis.zrangeWithScores(keys.timeline(agent.id()), 0, -1)
                        .collectList()
                        .map(timeline -> available(timeline, from, to)))
                .reduce(new long[from.length], (sum, one) -> {
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += one[i];
                    }
                    return sum;
                })
                .defaultIfEmpty(new long[from.length]);
    }

    /** Time in AVAILABLE between each start and the clock, from a timeline of "since|state|reason|queue" entries. */
    static long[] available(List<ScoredValue<String>> timeline, long[] from, long to) {
        long[] sums = new long[from.length];
        for (int i = 0; i < timeline.size(); i++) {
            String[] entry = timeline.get(i).getValue().split("\\|", 3);
            if (!AgentState.AVAILABLE.name().equals(entry[1])) {
                continue;
            }
            long start = (long) timeline.get(i).getScore();
            long end = i + 1 < timeline.size() ? (long) timeline.get(i + 1).getScore() : to;
            for (int w = 0; w < from.length; w++) {
                long overlap = Math.min(end, to) - Math.max(start, from[w]);
                if (overlap > 0) {
                    sums[w] += overlap;
                }
            }
        }
        return sums;
    }

    private Mono<Map<String, String>> hash(String key) {
        return redis.hgetall(key).collectMap(KeyValue::getKey, KeyValue::getValue);
    }

    private Snapshot assemble(
            Group group,
            long version,
            Instant now,
            List<QueueSettings> queues,
            Waiting waiting,
            List<AgentView> agents,
            List<Map<Counter, Long>> buckets,
            List<long[]> funnels,
            long[] available,
            Thresholds thresholds) {
        QueueSettings single = group.kind() == Group.Kind.QUEUE && !queues.isEmpty() ? queues.get(0) : null;
        String variant =
                single == null ? "STANDARD" : single.serviceLevelVariant().name();
        Map<String, Figures> windows = new LinkedHashMap<>();
        Instant dayStart = days.start(days.dayOf(now));
        windows.put("today", Figures.of(dayStart, now, buckets.get(0), variant, available[0], funnels.get(0)));
        long lastMinute = now.toEpochMilli() / MINUTE;
        for (int w = 0; w < ROLLING_MINUTES.size(); w++) {
            int minutes = ROLLING_MINUTES.get(w);
            Map<Counter, Long> sums = new EnumMap<>(Counter.class);
            for (int i = buckets.size() - minutes; i < buckets.size(); i++) {
                buckets.get(i).forEach((counter, value) -> sums.merge(counter, value, Long::sum));
            }
            Instant from = Instant.ofEpochMilli((lastMinute - minutes + 1) * MINUTE);
            windows.put(minutes + "m", Figures.of(from, now, sums, variant, available[w + 1], funnels.get(w + 1)));
        }
        Map<String, Integer> byState = new TreeMap<>();
        for (AgentState state : AgentState.values()) {
            byState.put(state.name(), 0);
        }
        agents.forEach(agent -> byState.merge(agent.state(), 1, Integer::sum));
        Instant oldest =
                waiting.longest().isEmpty() ? null : waiting.longest().get(0).enqueuedAt();
        Double oldestWait = oldest == null ? null : Math.max(0, now.toEpochMilli() - oldest.toEpochMilli()) / 1000.0;
        Figures today = windows.get("today");
        return new Snapshot(
                group.toString(),
                version,
                now,
                queues.stream().map(QueueSettings::queueId).toList(),
                single == null ? null : single.serviceLevelTarget(),
                single == null ? null : single.serviceLevelSeconds(),
                (int) waiting.count(),
                oldest,
                oldestWait,
                waiting.longest(),
                byState,
                agents,
                windows,
                thresholds,
                Status.judge(thresholds, today, oldestWait));
    }
}
