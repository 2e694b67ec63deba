package org.trialline.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL that tests talk to. A local server is preferred when one answers at {@code TRIALLINE_TEST_DB_HOST}
 * and {@code TRIALLINE_TEST_DB_PORT} (default 127.0.0.1:5432); otherwise a Testcontainers server is started once per
 * test JVM; when neither is possible the test fails and says how to provide one.
 */
public final class TestPostgres {

    static final String HOST = "TRIALLINE_TEST_DB_HOST";
    static final String PORT = "TRIALLINE_TEST_DB_PORT";
    static final String NAME = "TRIALLINE_TEST_DB_NAME";
    static final String USERNAME = "TRIALLINE_TEST_DB_USERNAME";
    static final String PASSWORD = "TRIALLINE_TEST_DB_PASSWORD";

    private static final String IMAGE = "postgres:16-alpine";

    private static PostgresEndpoint shared;

    private TestPostgres() {}

    /** The endpoint for this test JVM, located on first use. */
    public static synchronized PostgresEndpoint endpoint() {
        if (shared == null) {
            shared = locate(Settings.fromSystem(), TestPostgres::dockerAvailable);
        }
        return shared;
    }

    static PostgresEndpoint locate(Settings settings, BooleanSupplier dockerAvailable) {
        PostgresEndpoint local = new PostgresEndpoint(
                settings.text(HOST, "127.0.0.1"),
                settings.number(PORT, 5432),
                settings.text(NAME, "trialline_test"),
                settings.text(USERNAME, "postgres"),
                settings.text(PASSWORD, ""));
        if (Ports.answers(local.host(), local.port())) {
            createDatabaseIfMissing(local);
            return local;
        }
        if (dockerAvailable.getAsBoolean()) {
            return startContainer(local.database());
        }
        throw new InfrastructureUnavailableException("No PostgreSQL for the tests: nothing answers at " + local.host()
                + ":" + local.port() + " and Docker is not available for Testcontainers. Start PostgreSQL there"
                + " (bash .ci/run installs and starts one), point " + HOST + ", " + PORT + ", " + USERNAME + " and "
                + PASSWORD + " at a running server, or start Docker.");
    }

    private static void createDatabaseIfMissing(PostgresEndpoint endpoint) {
        try (Connection connection = DriverManager.getConnection(
                        endpoint.jdbcUrl("postgres"), endpoint.username(), endpoint.password());
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, endpoint.database());
            if (!exists.executeQuery().next()) {
                create(connection, endpoint.database());
            }
        } catch (SQLException ex) {
            throw new InfrastructureUnavailableException(
                    "PostgreSQL answers at " + endpoint.host() + ":"
                            + endpoint.port() + " but refused the tests as user '" + endpoint.username() + "' ("
                            + ex.getMessage()
                            + "). Set " + USERNAME + " and " + PASSWORD + " to a user that may create databases.",
                    ex);
        }
    }

    private static void create(Connection connection, String database) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
        } catch (SQLException ex) {
            // another test JVM created it between our look and our create
            if (!"42P04".equals(ex.getSQLState())) {
                throw ex;
            }
        }
    }

    private static PostgresEndpoint startContainer(String database) {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withDatabaseName(database);
        container.start();
        return new PostgresEndpoint(
                container.getHost(),
                container.getFirstMappedPort(),
                database,
                container.getUsername(),
                container.getPassword());
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }
}
