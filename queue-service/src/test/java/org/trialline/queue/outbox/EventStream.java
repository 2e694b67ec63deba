package org.trialline.queue.outbox;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import org.trialline.testsupport.RedisEndpoint;
import org.trialline.testsupport.TestRedis;

/**
 * The {@code queue.events} stream read straight from the test Redis, past the service and whatever stands between
 * them: what consumers would see. Other tests publish to the same stream, so a test reads only what came after the
 * mark it took and picks its own events out by id.
 */
final class EventStream implements AutoCloseable {

    static final String KEY = "queue.events";

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private EventStream(RedisClient client) {
        this.client = client;
        this.connection = client.connect();
    }

    static EventStream open() {
        RedisEndpoint endpoint = TestRedis.endpoint();
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(endpoint.host())
                .withPort(endpoint.port())
                .withDatabase(endpoint.database())
                .withTimeout(Duration.ofSeconds(5));
        if (!endpoint.password().isEmpty()) {
            uri.withPassword(endpoint.password().toCharArray());
        }
        return new EventStream(RedisClient.create(uri.build()));
    }

    /** The id of the newest entry now, or {@code 0-0} for an empty stream. */
    String mark() {
        List<StreamMessage<String, String>> newest =
                connection.sync().xrevrange(KEY, Range.unbounded(), Limit.create(0, 1));
        return newest.isEmpty() ? "0-0" : newest.get(0).getId();
    }

    /** Every entry added after the mark, oldest first. */
    List<StreamMessage<String, String>> since(String mark) {
        return connection.sync().xrange(KEY, Range.create(mark, "+")).stream()
                .filter(entry -> !entry.getId().equals(mark))
                .toList();
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
