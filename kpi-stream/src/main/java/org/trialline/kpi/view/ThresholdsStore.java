package org.trialline.kpi.view;

import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.trialline.kpi.config.KpiProperties;
import org.trialline.kpi.config.KpiProperties.Thresholds;
import org.trialline.kpi.config.RedisConnections;
import org.trialline.kpi.state.Keys;
import reactor.core.publisher.Mono;

/** A queue's warn and alert thresholds, in Redis so that every instance judges alike. */
@Component
public class ThresholdsStore {

    private final RedisReactiveCommands<String, String> redis;
    private final Keys keys;
    private final Thresholds defaults;

    ThresholdsStore(RedisConnections connections, KpiProperties properties) {
        this.redis = connections.commands();
        this.keys = new Keys(properties.keyPrefix());
        this.defaults = properties.thresholds();
    }

    public Mono<Thresholds> get(String queueId) {
        return redis.hgetall(keys.thresholds(queueId))
                .collectMap(kv -> kv.getKey(), kv -> kv.getValue())
                .map(hash -> read(hash, defaults));
    }

    public Mono<Thresholds> put(String queueId, Thresholds thresholds) {
        Map<String, String> hash = new LinkedHashMap<>();
        hash.put("serviceLevelWarn", Double.toString(thresholds.serviceLevelWarn()));
        hash.put("serviceLevelAlert", Double.toString(thresholds.serviceLevelAlert()));
        hash.put("oldestWaitWarnSeconds", Long.toString(thresholds.oldestWaitWarnSeconds()));
        hash.put("oldestWaitAlertSeconds", Long.toString(thresholds.oldestWaitAlertSeconds()));
        hash.put("abandonmentWarn", Double.toString(thresholds.abandonmentWarn()));
        hash.put("abandonmentAlert", Double.toString(thresholds.abandonmentAlert()));
        return redis.hset(keys.thresholds(queueId), hash)
                .then(redis.incr(keys.version()))
                .then(redis.publish(keys.changes(), "q:" + queueId))
                .thenReturn(thresholds);
    }

    static Thresholds read(Map<String, String> hash, Thresholds defaults) {
        if (hash.isEmpty()) {
            return defaults;
        }
        return new Thresholds(
                Double.parseDouble(hash.getOrDefault("serviceLevelWarn", Double.toString(defaults.serviceLevelWarn()))),
                Double.parseDouble(
                        hash.getOrDefault("serviceLevelAlert", Double.toString(defaults.serviceLevelAlert()))),
                Long.parseLong(
                        hash.getOrDefault("oldestWaitWarnSeconds", Long.toString(defaults.oldestWaitWarnSeconds()))),
                Long.parseLong(
                        hash.getOrDefault("oldestWaitAlertSeconds", Long.toString(defaults.oldestWaitAlertSeconds()))),
                Double.parseDouble(hash.getOrDefault("abandonmentWarn", Double.toString(defaults.abandonmentWarn()))),
                Double.parseDouble(
                        hash.getOrDefault("abandonmentAlert", Double.toString(defaults.abandonmentAlert()))));
    }
}
