package org.trialline.kpi.config;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * kpi-stream's own Lettuce connections to the Redis Spring Boot is configured for. It talks to Lettuce directly
 * because it needs what Spring Data Redis does not offer (XAUTOCLAIM, scripts with many keys), and it keeps the
 * blocking stream read on a connection of its own so that it never holds up other commands.
 */
@Component
public class RedisConnections implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisConnection<String, String> reads;

    RedisConnections(DataRedisConnectionDetails details, ObjectProvider<ClientResources> resources) {
        DataRedisConnectionDetails.Standalone standalone = details.getStandalone();
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(standalone.getHost())
                .withPort(standalone.getPort())
                .withDatabase(standalone.getDatabase())
                .withTimeout(Duration.ofSeconds(10));
        String password = details.getPassword();
        if (password != null && !password.isEmpty()) {
            String username = details.getUsername();
            if (username != null && !username.isEmpty()) {
                uri.withAuthentication(username, password.toCharArray());
            } else {
                uri.withPassword(password.toCharArray());
            }
        }
        ClientResources shared = resources.getIfAvailable();
        this.client = shared == null ? RedisClient.create(uri.build()) : RedisClient.create(shared, uri.build());
        this.commands = client.connect();
        this.reads = client.connect();
    }

    /** Commands that answer at once; shared, since Lettuce pipelines what many callers send. */
    public RedisReactiveCommands<String, String> commands() {
        return commands.reactive();
    }

    /** For the blocking XREADGROUP of the consumer alone. */
    public RedisReactiveCommands<String, String> reads() {
        return reads.reactive();
    }

    /** A new connection for subscribing to a channel; the caller closes it. */
    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return client.connectPubSub();
    }

    @Override
    public void close() {
        reads.close();
        commands.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
