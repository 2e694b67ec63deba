package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedisDatabaseTest {

    private static final String PASSWORD = "pa ss\"word";

    @TempDir
    Path folder;

    @Test
    void flushShouldEmptyTheChosenDatabaseAndNoOther() throws IOException {
        int port = TestPorts.free();
        try (EmbeddedRedisServer ignored = EmbeddedRedisServer.start(port, PASSWORD, folder.resolve("redis.log"));
                RespClient client = new RespClient(port)) {
            assertThat(client.send("AUTH \"pa ss\\\"word\"")).isEqualTo("+OK");
            assertThat(client.send("SELECT 3")).isEqualTo("+OK");
            assertThat(client.send("SET left-over 1")).isEqualTo("+OK");
            assertThat(client.send("SELECT 4")).isEqualTo("+OK");
            assertThat(client.send("SET kept 1")).isEqualTo("+OK");

            RedisDatabase.flush(settings(port, PASSWORD, 3));

            assertThat(client.send("DBSIZE")).isEqualTo(":1");
            assertThat(client.send("SELECT 3")).isEqualTo("+OK");
            assertThat(client.send("DBSIZE")).isEqualTo(":0");
        }
    }

    @Test
    void flushWithAWrongPasswordShouldSaySoWithoutShowingIt() throws IOException {
        int port = TestPorts.free();
        try (EmbeddedRedisServer ignored = EmbeddedRedisServer.start(port, PASSWORD, folder.resolve("redis.log"))) {
            assertThatThrownBy(() -> RedisDatabase.flush(settings(port, "not-it", 3)))
                    .isInstanceOf(LaunchException.class)
                    .hasMessageStartingWith("could not empty Redis database 3 at 127.0.0.1:" + port + ": AUTH answered")
                    .hasMessageNotContaining("not-it");
        }
    }

    private static Settings settings(int port, String password, int database) {
        return Settings.from(Map.of(
                "TRIALLINE_REDIS_PORT", Integer.toString(port),
                "TRIALLINE_REDIS_PASSWORD", password,
                "TRIALLINE_REDIS_DATABASE", Integer.toString(database)));
    }
}
