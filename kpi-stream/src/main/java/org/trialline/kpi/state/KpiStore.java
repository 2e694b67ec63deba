package org.trialline.kpi.state;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.AgentConfigured;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.QueueConfigured;
import org.trialline.events.QueueEvent;
import org.trialline.events.SurveyAnswered;
import org.trialline.kpi.config.KpiProperties;
import org.trialline.kpi.config.RedisConnections;
import org.trialline.kpi.metrics.ContactMeters;
import org.trialline.kpi.view.Group;
import reactor.core.publisher.Mono;

/**
 * Applies queue events to the state kept in Redis. Every step is a script that Redis runs whole, and every script is
 * safe to run again: an eventId is applied once, a contact's figures are replaced rather than added to, and a later
 * version of them is never overwritten by an earlier one. So a crash at any point, a duplicate, a reordering or a
 * second instance working on the same contact leaves the same figures.
 */
@Component
public class KpiStore {

    private static final String SEPARATOR = "\u001f";
    private static final long DAY_MILLIS = 86_400_000L;

    /** What became of an event. */
    public enum Outcome {
        APPLIED,
        DUPLICATE
    }

    private final RedisReactiveCommands<String, String> redis;
    private final Directory directory;
    private final KpiProperties properties;
    private final Keys keys;
    private final Days days;
    private final ContactMeters meters;
    private final Script merge = Script.load("merge-contact.lua", ScriptOutputType.MULTI);
    private final Script settle = Script.load("settle-contact.lua", ScriptOutputType.INTEGER);
    private final Script agentState = Script.load("agent-state.lua", ScriptOutputType.INTEGER);
    private final Script latestWins = Script.load("latest-wins.lua", ScriptOutputType.INTEGER);

    KpiStore(
            RedisConnections connections,
            Directory directory,
            KpiProperties properties,
            Days days,
            ContactMeters meters) {
        this.meters = meters;
        this.redis = connections.commands();
        this.directory = directory;
        this.properties = properties;
        this.keys = new Keys(properties.keyPrefix());
        this.days = days;
    }

    public Mono<Outcome> apply(QueueEvent event) {
        if (event instanceof ContactEvent contact) {
            return applyContact(contact);
        }
        if (event instanceof AgentStateChanged changed) {
            return applyAgentState(changed);
        }
        if (event instanceof QueueConfigured configured) {
            return define(
                            keys.queue(configured.queueId()),
                            keys.queues(),
                            configured.queueId(),
                            configured,
                            QueueSettings.of(configured)
                                    .toHash(configured.occurredAt().toEpochMilli()))
                    .flatMap(outcome -> resettle(configured.queueId()).thenReturn(outcome));
        }
        AgentConfigured configured = (AgentConfigured) event;
        return define(
                keys.skills(configured.agentId()),
                keys.agents(),
                configured.agentId(),
                configured,
                AgentSkills.toHash(configured));
    }

    private Mono<Outcome> applyContact(ContactEvent event) {
        List<String> args = new ArrayList<>();
        args.add(seconds(properties.dedupeFor()));
        args.add(Long.toString(event.occurredAt().toEpochMilli()));
        args.add(event.queueId());
        args.add(keys.changes());
        for (ContactFacts.Fact fact : ContactFacts.of(event)) {
            args.add(fact.field());
            args.add(fact.value());
            args.add(fact.merge().name());
        }
        String contactKey = keys.contact(event.contactId());
        String[] scriptKeys = {contactKey, keys.seen(event.eventId()), keys.clock(), keys.queues()};
        return merge.list(redis, scriptKeys, args.toArray(String[]::new)).flatMap(result -> {
            boolean fresh = ((Long) result.get(0)) == 1L;
            Map<String, String> hash = new HashMap<>();
            for (int i = 1; i + 1 < result.size(); i += 2) {
                hash.put((String) result.get(i), (String) result.get(i + 1));
            }
            Outcome outcome = fresh ? Outcome.APPLIED : Outcome.DUPLICATE;
            if (!needsSettling(hash)) {
                return Mono.just(outcome);
            }
            ContactFacts facts = ContactFacts.from(hash);
            String queueId = facts.queueId() != null ? facts.queueId() : event.queueId();
            if (fresh) {
                measure(event, facts, queueId);
            }
            return settle(event.contactId(), contactKey, hash, facts, queueId).thenReturn(outcome);
        });
    }

    /** Meters an event that completes a measure: an exit of the queue, a wrap-up, a survey. */
    private void measure(ContactEvent event, ContactFacts facts, String queueId) {
        if (event instanceof ContactAnswered || event instanceof ContactLeftQueue) {
            if (facts.enqueuedAt() != null) {
                String outcome = event instanceof ContactAnswered
                        ? "answered"
                        : ((ContactLeftQueue) event).reason().name().toLowerCase(java.util.Locale.ROOT);
                meters.exited(queueId, outcome, Duration.between(facts.enqueuedAt(), event.occurredAt()));
            }
        } else if (event instanceof AfterContactWorkEnded && facts.answeredAt() != null && facts.endedAt() != null) {
            meters.handled(queueId, Duration.between(facts.answeredAt(), event.occurredAt()));
        } else if (event instanceof SurveyAnswered survey) {
            meters.surveyed(queueId, survey.score());
        }
    }

    // settling is needed when the facts moved since the last settle, also when an earlier attempt died half-way
    private static boolean needsSettling(Map<String, String> hash) {
        String version = hash.get("v");
        if (version == null) {
            return false;
        }
        String settled = hash.get("sv");
        return settled == null || Long.parseLong(version) > Long.parseLong(settled);
    }

    // the queue's settings are read from Redis each time rather than from a cache: a contact counted with settings
    // an instance has not heard of yet would sit in the wrong groups
    private Mono<Long> settle(
            UUID contactId, String contactKey, Map<String, String> hash, ContactFacts facts, String queueId) {
        return redis.hgetall(keys.queue(queueId))
                .collectMap(KeyValue::getKey, KeyValue::getValue)
                .map(settings -> QueueSettings.fromHash(queueId, settings))
                .flatMap(queue -> settle(contactId, contactKey, hash, facts, queue));
    }

    private Mono<Long> settle(
            UUID contactId, String contactKey, Map<String, String> hash, ContactFacts facts, QueueSettings queue) {
        Contribution contribution = Contribution.of(facts, queue);
        List<Group> groups = groupsOf(queue);
        String buckets = "";
        String funnels = "";
        if (facts.enqueuedAt() != null) {
            long minute = facts.enqueuedAt().toEpochMilli() / 60_000L;
            LocalDate day = days.dayOf(facts.enqueuedAt());
            String minuteTtl = seconds(properties.minuteBucketsFor());
            String dayTtl = seconds(properties.dayBucketsFor());
            List<String> bucketParts = new ArrayList<>();
            List<String> funnelParts = new ArrayList<>();
            for (Group group : groups) {
                bucketParts.add(keys.minute(minute, group));
                bucketParts.add(minuteTtl);
                bucketParts.add(keys.day(day, group));
                bucketParts.add(dayTtl);
                for (FunnelStage stage : contribution.stages()) {
                    funnelParts.add(keys.minuteFunnel(minute, group, stage));
                    funnelParts.add(minuteTtl);
                    funnelParts.add(keys.dayFunnel(day, group, stage));
                    funnelParts.add(dayTtl);
                }
            }
            buckets = String.join(SEPARATOR, bucketParts);
            funnels = String.join(SEPARATOR, funnelParts);
        }
        String counters = contribution.counters().entrySet().stream()
                .map(entry -> entry.getKey().field() + "=" + entry.getValue())
                .collect(Collectors.joining(SEPARATOR));
        String queueId = queue.queueId();
        String enqueued = facts.waiting() ? Long.toString(facts.enqueuedAt().toEpochMilli()) : "";
        return settle.number(
                redis,
                new String[] {contactKey, keys.version()},
                hash.get("v"),
                buckets,
                counters,
                funnels,
                facts.patientReference() == null ? "" : facts.patientReference(),
                keys.waiting(queueId),
                contactId.toString(),
                enqueued,
                keys.changes(),
                "q:" + queueId,
                keys.contactsOf(queueId),
                seconds(properties.dedupeFor()));
    }

    /**
     * Counts a queue's contacts again with its current settings: its trial or language may have come or changed after
     * they were counted. Each contact's facts version goes up first, so the settle replaces what it added before.
     */
    private Mono<Void> resettle(String queueId) {
        return redis.smembers(keys.contactsOf(queueId))
                .flatMap(
                        contact -> {
                            String contactKey = keys.contact(UUID.fromString(contact));
                            return redis.hincrby(contactKey, "v", 1)
                                    .then(redis.hgetall(contactKey).collectMap(KeyValue::getKey, KeyValue::getValue))
                                    .filter(hash -> hash.containsKey("queued"))
                                    .flatMap(hash -> settle(
                                            UUID.fromString(contact),
                                            contactKey,
                                            hash,
                                            ContactFacts.from(hash),
                                            queueId));
                        },
                        8)
                .then();
    }

    /** The groups a queue's figures count in: itself, its trial and language once configured, and the centre. */
    static List<Group> groupsOf(QueueSettings queue) {
        List<Group> groups = new ArrayList<>(4);
        groups.add(Group.queue(queue.queueId()));
        if (queue.configured()) {
            groups.add(Group.trial(queue.trial()));
            groups.add(Group.language(queue.language()));
        }
        groups.add(Group.ALL);
        return groups;
    }

    private Mono<Outcome> applyAgentState(AgentStateChanged event) {
        long since = event.since().toEpochMilli();
        // two days of states are enough for today's occupancy, whatever the day's reset time
        long keepFrom = since - 2 * DAY_MILLIS;
        return agentState
                .number(
                        redis,
                        new String[] {
                            keys.agent(event.agentId()),
                            keys.timeline(event.agentId()),
                            keys.seen(event.eventId()),
                            keys.clock(),
                            keys.agents(),
                            keys.version()
                        },
                        seconds(properties.dedupeFor()),
                        Long.toString(since),
                        event.state().name(),
                        clean(event.reason()),
                        clean(event.queueId()),
                        Long.toString(event.occurredAt().toEpochMilli()),
                        event.agentId(),
                        Long.toString(keepFrom),
                        keys.changes())
                .map(applied -> applied == 1L ? Outcome.APPLIED : Outcome.DUPLICATE);
    }

    private Mono<Outcome> define(
            String hashKey, String setKey, String member, QueueEvent event, Map<String, String> fields) {
        List<String> args = new ArrayList<>();
        args.add(seconds(properties.dedupeFor()));
        args.add(Long.toString(event.occurredAt().toEpochMilli()));
        args.add(member);
        args.add(keys.changes());
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        return redis.exists(keys.seen(event.eventId()))
                .flatMap(seen -> latestWins
                        .number(
                                redis,
                                new String[] {hashKey, keys.seen(event.eventId()), setKey, keys.version()},
                                args.toArray(String[]::new))
                        .map(written -> seen > 0 ? Outcome.DUPLICATE : Outcome.APPLIED))
                .doOnNext(outcome -> directory.forget());
    }

    // the timeline keeps fields apart with '|'; a reason that holds one would shift them
    private static String clean(String text) {
        return text == null ? "" : text.replace('|', '/');
    }

    private static String seconds(java.time.Duration duration) {
        return Long.toString(Math.max(1, duration.toSeconds()));
    }

    /** When "now" is for the windows: the latest event time seen. */
    public Mono<Instant> clock() {
        return redis.get(keys.clock()).map(ms -> Instant.ofEpochMilli(Long.parseLong(ms)));
    }
}
