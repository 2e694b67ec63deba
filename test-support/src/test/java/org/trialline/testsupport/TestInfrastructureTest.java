package org.trialline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestInfrastructureTest {

    @Test
    void postgresShouldSayHowToProvideOneWhenNothingAnswersAndDockerIsAbsent() throws IOException {
        Settings settings = settings(Map.of(TestPostgres.PORT, String.valueOf(closedPort())));

        assertThatThrownBy(() -> TestPostgres.locate(settings, () -> false))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("No PostgreSQL for the tests")
                .hasMessageContaining("Docker is not available")
                .hasMessageContaining("TRIALLINE_TEST_DB_HOST")
                .hasMessageContaining("TRIALLINE_TEST_DB_PASSWORD")
                .hasMessageContaining("bash .ci/run");
    }

    @Test
    void redisShouldSayHowToProvideOneWhenNothingAnswersAndDockerIsAbsent() throws IOException {
        Settings settings = settings(Map.of(TestRedis.PORT, String.valueOf(closedPort())));

        assertThatThrownBy(() -> TestRedis.locate(settings, () -> false))
                .isInstanceOf(InfrastructureUnavailableException.class)
                .hasMessageContaining("No Redis for the tests")
                .hasMessageContaining("TRIALLINE_TEST_REDIS_PORT");
    }

    @Test
    void malformedPortShouldBeNamed() {
        Settings settings = settings(Map.of(TestPostgres.PORT, "five"));

        assertThatThrownBy(() -> TestPostgres.locate(settings, () -> false))
                .hasMessage("TRIALLINE_TEST_DB_PORT must be a whole number, but is 'five'");
    }

    @Test
    void localPostgresShouldBePreferredAndItsDatabaseCreated() throws SQLException {
        String database = "trialline_support_" + System.nanoTime();
        Settings settings = settings(Map.of(TestPostgres.NAME, database));

        PostgresEndpoint endpoint = TestPostgres.locate(settings, () -> {
            throw new AssertionError("Docker must not be consulted while a local server answers");
        });

        try (var connection =
                DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.username(), endpoint.password())) {
            assertThat(connection.getCatalog()).isEqualTo(database);
        } finally {
            drop(endpoint, database);
        }
    }

    @Test
    void localRedisShouldBePreferredWithTheTestDatabase() {
        RedisEndpoint endpoint = TestRedis.locate(settings(Map.of()), () -> {
            throw new AssertionError("Docker must not be consulted while a local server answers");
        });

        assertThat(endpoint.database()).isEqualTo(1);
        assertThat(endpoint.host()).isEqualTo(envOr(TestRedis.HOST, "127.0.0.1"));
        assertThat(endpoint.port()).isEqualTo(Integer.parseInt(envOr(TestRedis.PORT, "6379")));
    }

    private static void drop(PostgresEndpoint endpoint, String database) throws SQLException {
        try (var connection = DriverManager.getConnection(
                        endpoint.jdbcUrl("postgres"), endpoint.username(), endpoint.password());
                var statement = connection.createStatement()) {
            statement.execute("drop database " + database);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    // the variables under test, over whatever this machine sets to reach its own servers
    private static Settings settings(Map<String, String> variables) {
        return new Settings(name -> variables.getOrDefault(name, System.getenv(name)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
