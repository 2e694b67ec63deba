package org.trialline.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plain JDBC on the test database, for checking what a service stored by a second way than the service's own reactive
 * code, and for polling from an await without blocking a reactive pipeline.
 */
public final class TestSql {

    private TestSql() {}

    /** The single number a query answers, such as a count. */
    public static long number(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("no row from: " + sql);
            }
            return result.getLong(1);
        } catch (SQLException ex) {
            throw new IllegalStateException(ex.getMessage() + " in: " + sql, ex);
        }
    }

    /** The first column of each row mapped to the second, such as a status and its count. */
    public static Map<String, Long> counts(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
            return counts;
        } catch (SQLException ex) {
            throw new IllegalStateException(ex.getMessage() + " in: " + sql, ex);
        }
    }

    /** Runs a statement that changes data, answering the rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex.getMessage() + " in: " + sql, ex);
        }
    }

    private static Connection connect() throws SQLException {
        PostgresEndpoint endpoint = TestPostgres.endpoint();
        return DriverManager.getConnection(endpoint.jdbcUrl(), endpoint.username(), endpoint.password());
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
