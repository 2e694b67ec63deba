package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trialline.testsupport.PostgresEndpoint;
import org.trialline.testsupport.TestPostgres;

/** Runs against the PostgreSQL every TrialLine test uses, found by {@link TestPostgres}. */
class DatabaseTest {

    private static final PostgresEndpoint POSTGRES = TestPostgres.endpoint();
    private static final String SERVER = "jdbc:postgresql://" + POSTGRES.host() + ":" + POSTGRES.port() + "/postgres";

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void dropCreatedDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, POSTGRES.username(), POSTGRES.password());
                Statement statement = connection.createStatement()) {
            for (String name : created) {
                statement.execute("drop database if exists \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }

    @Test
    void createIfMissingWhenTheDatabaseIsMissingShouldCreateItUnderItsExactName() throws SQLException {
        // mixed case and a quote: PostgreSQL would fold or reject both if the name went in unquoted
        String name = remember("Launcher_Test\"" + UUID.randomUUID().toString().substring(0, 8));

        boolean createdNow = Database.createIfMissing(settings(name, POSTGRES.port()));

        assertThat(createdNow).isTrue();
        assertThat(databaseExists(name)).isTrue();
    }

    @Test
    void createIfMissingWhenTheDatabaseExistsShouldLeaveItAndSaySo() throws SQLException {
        String name = remember("launcher_test_" + UUID.randomUUID().toString().replace("-", ""));
        try (Connection connection = DriverManager.getConnection(SERVER, POSTGRES.username(), POSTGRES.password());
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }

        assertThat(Database.createIfMissing(settings(name, POSTGRES.port()))).isFalse();
        assertThat(databaseExists(name)).isTrue();
    }

    @Test
    void recreateShouldLeaveTheDatabaseEmptyEvenWithASessionOpen() throws SQLException {
        String name = remember("launcher_test_" + UUID.randomUUID().toString().replace("-", ""));
        Database.createIfMissing(settings(name, POSTGRES.port()));
        String url = "jdbc:postgresql://" + POSTGRES.host() + ":" + POSTGRES.port() + "/" + name;
        try (Connection left = DriverManager.getConnection(url, POSTGRES.username(), POSTGRES.password());
                Statement statement = left.createStatement()) {
            statement.execute("create table leftover (id int)");

            // a stopped run can leave a session behind; the database goes all the same
            Database.recreate(settings(name, POSTGRES.port()));
        }

        try (Connection fresh = DriverManager.getConnection(url, POSTGRES.username(), POSTGRES.password());
                PreparedStatement query =
                        fresh.prepareStatement("select count(*) from pg_tables where tablename = 'leftover'");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void createIfMissingWhenNothingAnswersShouldNameTheAddress() throws IOException {
        int closed = TestPorts.free();

        assertThatThrownBy(() -> Database.createIfMissing(settings("trialline", closed)))
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith(
                        "could not create database trialline on " + POSTGRES.host() + ":" + closed + " as postgres");
    }

    private String remember(String name) {
        created.add(name);
        return name;
    }

    private static Settings settings(String name, int port) {
        return Settings.from(Map.of(
                "TRIALLINE_DB_HOST", POSTGRES.host(),
                "TRIALLINE_DB_NAME", name,
                "TRIALLINE_DB_PORT", Integer.toString(port),
                "TRIALLINE_DB_USERNAME", POSTGRES.username(),
                "TRIALLINE_DB_PASSWORD", POSTGRES.password()));
    }

    private static boolean databaseExists(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, POSTGRES.username(), POSTGRES.password());
                PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
