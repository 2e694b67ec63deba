package org.trialline.platform.startup;

import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import reactor.core.publisher.Mono;

/**
 * Stops a service during start-up, before it opens its port, when its Redis does not answer. Lettuce connects lazily,
 * so without this a service would start and fail on its first request.
 */
class RedisStartupCheck implements InitializingBean {

    private final ReactiveRedisConnectionFactory connectionFactory;
    private final String host;
    private final String port;
    private final Duration timeout;

    RedisStartupCheck(ReactiveRedisConnectionFactory connectionFactory, String host, String port, Duration timeout) {
        this.connectionFactory = connectionFactory;
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            // start-up runs on the main thread, so waiting here blocks no event loop
            Mono.usingWhen(
                            Mono.fromSupplier(connectionFactory::getReactiveConnection),
                            connection -> connection.ping(),
                            ReactiveRedisConnection::closeLater)
                    .timeout(timeout)
                    .block();
        } catch (RuntimeException ex) {
            Diagnosis diagnosis = Diagnosis.redis(ex, host);
            throw new StartupCheckFailedException(
                    "Redis at " + host + ":" + port + " (spring.data.redis.host, spring.data.redis.port): "
                            + diagnosis.problem(),
                    diagnosis.action(),
                    ex);
        }
    }
}
