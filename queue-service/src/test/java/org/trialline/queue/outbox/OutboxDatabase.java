package org.trialline.queue.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.trialline.testsupport.PostgresEndpoint;
import org.trialline.testsupport.TestPostgres;

/**
 * A database of the outbox tests' own, beside the shared test database on the same server. Every queue-service context
 * relays the outbox of the database it runs on, so on the shared one the relay of another test class's context, or of
 * another build running at the same time, would publish and mark the very rows these tests keep unpublished on purpose.
 * Plain JDBC, like {@code TestSql}, so that what the tests check is read by a second way.
 */
final class OutboxDatabase {

    private static final PostgresEndpoint ENDPOINT = create();

    private OutboxDatabase() {}

    static String r2dbcUrl() {
        return ENDPOINT.r2dbcUrl();
    }

    static String jdbcUrl() {
        return ENDPOINT.jdbcUrl();
    }

    /** A connection of the test's own, for holding a lock while the service works. */
    static Connection connect() throws SQLException {
        return connect(ENDPOINT);
    }

    /** The single number a query answers, such as a count. */
    static long number(String sql, Object... parameters) {
        try (Connection connection = connect(ENDPOINT);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no row from: " + sql);
                }
                return result.getLong(1);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex.getMessage() + " in: " + sql, ex);
        }
    }

    private static PostgresEndpoint create() {
        PostgresEndpoint shared = TestPostgres.endpoint();
        PostgresEndpoint own = new PostgresEndpoint(
                shared.host(), shared.port(), shared.database() + "_outbox", shared.username(), shared.password());
        try (Connection connection = connect(shared);
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, own.database());
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    createDatabase(connection, own.database());
                }
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("could not create the database " + own + ": " + ex.getMessage(), ex);
        }
        return own;
    }

    private static void createDatabase(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create database \"" + name.replace("\"", "\"\"") + "\"");
        } catch (SQLException ex) {
            // another test JVM created it between our look and our create
            if (!"42P04".equals(ex.getSQLState())) {
                throw ex;
            }
        }
    }

    private static Connection connect(PostgresEndpoint endpoint) throws SQLException {
        return DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.username(), endpoint.password());
    }
}
