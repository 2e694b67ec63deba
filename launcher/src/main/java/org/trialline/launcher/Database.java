package org.trialline.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Makes sure the database the services migrate into exists; each service creates its own schema with Flyway. */
final class Database {

    private static final String DUPLICATE_DATABASE = "42P04";

    private static final int TIMEOUT_SECONDS = 10;

    private Database() {}

    /** Creates the database named in the settings unless it exists, and says whether it had to. */
    static boolean createIfMissing(Settings settings) {
        try (Connection connection = maintenanceConnection(settings)) {
            if (exists(connection, settings.dbName())) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create database " + quoted(settings.dbName()));
            }
            return true;
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                // another launcher created it between our check and our create
                return false;
            }
            throw new LaunchException(
                    "could not create database " + settings.dbName() + " on " + settings.dbAddress() + " as "
                            + settings.dbUsername() + ": " + e.getMessage(),
                    e);
        }
    }

    /** Drops the database named in the settings, with whatever it holds, and creates it empty. */
    static void recreate(Settings settings) {
        try (Connection connection = maintenanceConnection(settings);
                Statement statement = connection.createStatement()) {
            // WITH (FORCE) ends the sessions a stopped run may have left behind (PostgreSQL 13 and later)
            statement.execute("drop database if exists " + quoted(settings.dbName()) + " with (force)");
            statement.execute("create database " + quoted(settings.dbName()));
        } catch (SQLException e) {
            throw new LaunchException(
                    "could not recreate database " + settings.dbName() + " on " + settings.dbAddress() + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static Connection maintenanceConnection(Settings settings) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", settings.dbUsername());
        if (!settings.dbPassword().isEmpty()) {
            login.setProperty("password", settings.dbPassword());
        }
        login.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        login.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS * 3));
        String url = "jdbc:postgresql://" + hostInUrl(settings.dbHost()) + ":" + settings.dbPort() + "/postgres";
        return DriverManager.getConnection(url, login);
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Quotes the name so that PostgreSQL keeps it exactly as the services will spell it in their URLs. */
    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String hostInUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
