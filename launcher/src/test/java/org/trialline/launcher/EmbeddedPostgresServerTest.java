package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void startShouldServeQueriesOnTheGivenPortAndStopOnClose() throws IOException, SQLException {
        int port = TestPorts.free();

        try (EmbeddedPostgresServer ignored = start(port)) {
            assertThat(queryOne(port, "select 1")).isEqualTo(1);
        }

        assertThat(PortProbe.answers("127.0.0.1", port, Duration.ofMillis(500))).isFalse();
    }

    @Test
    void startAgainOnTheSameDataDirectoryShouldKeepWhatWasStored() throws IOException, SQLException {
        int port = TestPorts.free();
        try (EmbeddedPostgresServer ignored = start(port)) {
            execute(port, "create table visit (id int)");
            execute(port, "insert into visit values (41), (1)");
        }

        try (EmbeddedPostgresServer ignored = start(port)) {
            assertThat(queryOne(port, "select sum(id) from visit")).isEqualTo(42);
        }
    }

    @Test
    void startWhenTheDataDirectoryCannotBeMadeShouldSayThePostgresServerDidNotStart() throws IOException {
        int port = TestPorts.free();
        Path notAFolder = Files.writeString(folder.resolve("data"), "a file where the data folder should be");

        assertThatThrownBy(() -> start(port))
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("PostgreSQL: the embedded server did not start on port " + port)
                .hasMessageContaining(notAFolder.toString());
    }

    private EmbeddedPostgresServer start(int port) {
        return EmbeddedPostgresServer.start(port, folder.resolve("data"), folder.resolve("logs/postgres.log"));
    }

    private static int queryOne(int port, String sql) throws SQLException {
        try (Connection connection = connect(port);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(int port, String sql) throws SQLException {
        try (Connection connection = connect(port);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }
}
