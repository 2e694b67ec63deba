package org.trialline.kpi.state;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.trialline.kpi.config.KpiProperties;
import org.trialline.kpi.config.RedisConnections;
import reactor.core.publisher.Mono;

/**
 * The queues and agents kpi-stream knows of, read from Redis and kept in memory until a {@code config} change says
 * they moved; every instance hears that change, so all of them count with the same settings.
 */
@Component
public class Directory {

    private static final Duration KEEP = Duration.ofSeconds(30);

    private final RedisReactiveCommands<String, String> redis;
    private final Keys keys;
    private volatile Mono<Map<String, QueueSettings>> queues;
    private volatile Mono<Map<String, AgentSkills>> skills;

    Directory(RedisConnections connections, KpiProperties properties) {
        this.redis = connections.commands();
        this.keys = new Keys(properties.keyPrefix());
        forget();
    }

    /** Every queue seen, by id, configured or not. */
    public Mono<Map<String, QueueSettings>> queues() {
        return queues;
    }

    /** The settings of a queue; the defaults for one never configured. */
    public Mono<QueueSettings> queue(String queueId) {
        return queues.map(all -> all.getOrDefault(queueId, QueueSettings.unconfigured(queueId)));
    }

    /** Every configured agent, by id. */
    public Mono<Map<String, AgentSkills>> skills() {
        return skills;
    }

    /** Reads everything again on next use. */
    public void forget() {
        // kept for a while only, in case a change message was missed while the pub/sub connection was down
        queues = loadQueues().cache(value -> KEEP, error -> Duration.ZERO, () -> Duration.ZERO);
        skills = loadSkills().cache(value -> KEEP, error -> Duration.ZERO, () -> Duration.ZERO);
    }

    private Mono<Map<String, QueueSettings>> loadQueues() {
        return redis.smembers(keys.queues())
                .flatMap(id -> redis.hgetall(keys.queue(id))
                        .collectMap(kv -> kv.getKey(), kv -> kv.getValue())
                        .map(hash -> QueueSettings.fromHash(id, hash)))
                .collectMap(QueueSettings::queueId, queue -> queue, TreeMap::new);
    }

    private Mono<Map<String, AgentSkills>> loadSkills() {
        return redis.smembers(keys.agents())
                .flatMap(id -> redis.hgetall(keys.skills(id))
                        .collectMap(kv -> kv.getKey(), kv -> kv.getValue())
                        .mapNotNull(hash -> AgentSkills.fromHash(id, hash)))
                .collectMap(AgentSkills::agentId, agent -> agent, TreeMap::new);
    }
}
