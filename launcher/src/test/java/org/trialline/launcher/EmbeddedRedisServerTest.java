package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedRedisServerTest {

    @TempDir
    Path folder;

    @Test
    void startShouldAnswerPingOnTheGivenPortAndStopOnClose() throws IOException {
        int port = TestPorts.free();
        Path log = folder.resolve("redis.log");

        try (EmbeddedRedisServer ignored = EmbeddedRedisServer.start(port, "", log);
                RespClient client = new RespClient(port)) {
            assertThat(client.send("PING")).isEqualTo("+PONG");
        }

        assertThat(PortProbe.answers("127.0.0.1", port, Duration.ofMillis(500))).isFalse();
        assertThat(Files.readString(log)).contains("Ready to accept connections");
    }

    @Test
    void startWithAPasswordShouldRefuseCommandsUntilAuthenticated() throws IOException {
        int port = TestPorts.free();

        try (EmbeddedRedisServer ignored = EmbeddedRedisServer.start(port, "pa ss\"word", folder.resolve("r.log"));
                RespClient client = new RespClient(port)) {
            assertThat(client.send("PING")).startsWith("-NOAUTH");
            assertThat(client.send("AUTH \"pa ss\\\"word\"")).isEqualTo("+OK");
            assertThat(client.send("PING")).isEqualTo("+PONG");
        }
    }

    @Test
    void startShouldOfferStreams() throws IOException {
        int port = TestPorts.free();

        try (EmbeddedRedisServer ignored = EmbeddedRedisServer.start(port, "", folder.resolve("redis.log"));
                RespClient client = new RespClient(port)) {
            assertThat(client.send("XADD calls * event queued")).startsWith("$");
        }
    }
}
