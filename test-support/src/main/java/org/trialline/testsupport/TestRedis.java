package org.trialline.testsupport;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Redis that tests talk to. A local server is preferred when one answers at {@code TRIALLINE_TEST_REDIS_HOST} and
 * {@code TRIALLINE_TEST_REDIS_PORT} (default 127.0.0.1:6379); otherwise a Testcontainers server is started once per
 * test JVM; when neither is possible the test fails and says how to provide one.
 */
public final class TestRedis {

    static final String HOST = "TRIALLINE_TEST_REDIS_HOST";
    static final String PORT = "TRIALLINE_TEST_REDIS_PORT";
    static final String PASSWORD = "TRIALLINE_TEST_REDIS_PASSWORD";
    static final String DATABASE = "TRIALLINE_TEST_REDIS_DATABASE";

    private static final String IMAGE = "redis:7-alpine";
    private static final int REDIS_PORT = 6379;
    // a local run of TrialLine uses database 0; tests keep to their own so neither disturbs the other
    private static final int TEST_DATABASE = 1;

    private static RedisEndpoint shared;

    private TestRedis() {}

    /** The endpoint for this test JVM, located on first use. */
    public static synchronized RedisEndpoint endpoint() {
        if (shared == null) {
            shared = locate(Settings.fromSystem(), TestRedis::dockerAvailable);
        }
        return shared;
    }

    static RedisEndpoint locate(Settings settings, BooleanSupplier dockerAvailable) {
        RedisEndpoint local = new RedisEndpoint(
                settings.text(HOST, "127.0.0.1"),
                settings.number(PORT, REDIS_PORT),
                settings.text(PASSWORD, ""),
                settings.number(DATABASE, TEST_DATABASE));
        if (Ports.answers(local.host(), local.port())) {
            ping(local);
            return local;
        }
        if (dockerAvailable.getAsBoolean()) {
            return startContainer(local.database());
        }
        throw new InfrastructureUnavailableException("No Redis for the tests: nothing answers at " + local.host() + ":"
                + local.port() + " and Docker is not available for Testcontainers. Start Redis there (bash .ci/run"
                + " installs and starts one), point " + HOST + ", " + PORT + " and " + PASSWORD
                + " at a running server, or start Docker.");
    }

    private static void ping(RedisEndpoint endpoint) {
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(endpoint.host())
                .withPort(endpoint.port())
                .withDatabase(endpoint.database())
                .withTimeout(Duration.ofSeconds(2));
        if (!endpoint.password().isEmpty()) {
            uri.withPassword(endpoint.password().toCharArray());
        }
        RedisClient client = RedisClient.create(uri.build());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().ping();
        } catch (RuntimeException ex) {
            throw new InfrastructureUnavailableException(
                    "Redis answers at " + endpoint.host() + ":" + endpoint.port() + " but refused the tests ("
                            + ex.getMessage() + "). Set " + PASSWORD + " or " + DATABASE + ".",
                    ex);
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    private static RedisEndpoint startContainer(int database) {
        GenericContainer<?> container =
                new GenericContainer<>(DockerImageName.parse(IMAGE)).withExposedPorts(REDIS_PORT);
        container.start();
        return new RedisEndpoint(container.getHost(), container.getMappedPort(REDIS_PORT), "", database);
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }
}
