package org.trialline.kpi;

import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trialline.kpi.config.RedisConnections;
import org.trialline.kpi.state.Directory;
import org.trialline.testsupport.RealInfrastructure;

/**
 * A kpi-stream against the real Redis of the tests, with a key prefix and streams of its own so that test classes
 * never see each other's state, wiped before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class KpiRedisTest {

    protected static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    protected RedisConnections connections;

    @Autowired
    protected Directory directory;

    @DynamicPropertySource
    static void ownKeys(DynamicPropertyRegistry registry) {
        registry.add("trialline.kpi.key-prefix", () -> "kpitest:" + RUN + ":");
        registry.add("trialline.kpi.stream", () -> "kpitest:" + RUN + ":queue.events");
        registry.add("trialline.kpi.dead-letter-stream", () -> "kpitest:" + RUN + ":queue.events.dead");
        registry.add("trialline.kpi.time-zone", () -> "UTC");
    }

    protected String prefix() {
        return "kpitest:" + RUN + ":";
    }

    protected String stream() {
        return prefix() + "queue.events";
    }

    protected String deadLetterStream() {
        return prefix() + "queue.events.dead";
    }

    @BeforeEach
    void wipe() {
        wipe(connections.commands(), prefix());
        directory.forget();
    }

    /** Polls until the probe answers something, for at most 30 s. */
    protected static <T> T await(java.util.function.Supplier<T> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
        throw new AssertionError("not reached within 30 s");
    }

    /** Adds an event to the test's stream as queue-service's outbox relay does: eventId, type and payload. */
    protected String publish(tools.jackson.databind.json.JsonMapper json, org.trialline.events.QueueEvent event) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("eventId", event.eventId().toString());
        fields.put("type", json.valueToTree(event).get("type").asString());
        fields.put("payload", json.writeValueAsString(event));
        return connections.commands().xadd(stream(), fields).block(Duration.ofSeconds(10));
    }

    /** Deletes every key under the prefix. */
    public static void wipe(RedisReactiveCommands<String, String> redis, String prefix) {
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            var page = redis.scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(1000))
                    .block(Duration.ofSeconds(10));
            if (!page.getKeys().isEmpty()) {
                redis.del(page.getKeys().toArray(String[]::new)).block(Duration.ofSeconds(10));
            }
            cursor = page;
        } while (!cursor.isFinished());
    }
}
