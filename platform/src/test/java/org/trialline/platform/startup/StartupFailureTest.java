package org.trialline.platform.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.trialline.sample.SampleServiceApplication;
import org.trialline.testsupport.RealInfrastructureInitializer;

@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void unreachablePostgresShouldStopStartNamingTheSetting(CapturedOutput output) throws IOException {
        int closed = freePort();
        int http = freePort();

        assertThatThrownBy(() -> start(
                        "--trialline.db.port=" + closed, "--spring.flyway.enabled=false", "--server.port=" + http))
                .hasRootCauseInstanceOf(java.net.ConnectException.class);

        assertThat(output)
                .contains("PostgreSQL did not answer at r2dbc:postgresql://127.0.0.1:" + closed + "/")
                .contains("(spring.r2dbc.url)")
                .contains("TRIALLINE_DB_PORT");
        assertThat(answers(http)).as("nothing listens after a failed start").isFalse();
    }

    @Test
    void unreachableRedisShouldStopStartNamingTheSetting(CapturedOutput output) throws IOException {
        int closed = freePort();
        int http = freePort();

        assertThatThrownBy(() -> start("--trialline.redis.port=" + closed, "--server.port=" + http))
                .isInstanceOf(RuntimeException.class);

        assertThat(output)
                .contains("Redis did not answer at 127.0.0.1:" + closed)
                .contains("(spring.data.redis.host, spring.data.redis.port)");
        assertThat(answers(http)).as("nothing listens after a failed start").isFalse();
    }

    @Test
    void refusedMigrationShouldStopStartNamingTheSetting(CapturedOutput output) throws IOException {
        int closed = freePort();

        assertThatThrownBy(() -> start("--spring.flyway.url=jdbc:postgresql://127.0.0.1:" + closed + "/trialline"))
                .isInstanceOf(RuntimeException.class);

        assertThat(output)
                .contains("PostgreSQL refused the schema migration at jdbc:postgresql://127.0.0.1:" + closed)
                .contains("(spring.flyway.url)");
    }

    @Test
    void malformedDatabaseUrlShouldStopStartNamingTheSetting(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.r2dbc.url=postgres://nowhere")).isInstanceOf(RuntimeException.class);

        assertThat(output)
                .contains("No PostgreSQL connection can be made from postgres://nowhere (spring.r2dbc.url)")
                .contains("does not start with the r2dbc scheme");
    }

    @Test
    void portInUseShouldStopStartNamingTheSetting(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> start("--server.port=" + port)).isInstanceOf(RuntimeException.class);

            assertThat(output).contains("Port " + port + " (server.port) is already in use");
        }
    }

    private static void start(String... overrides) {
        Map<String, String> arguments = new LinkedHashMap<>();
        RealInfrastructureInitializer.properties().forEach(property -> put(arguments, "--" + property));
        put(arguments, "--trialline.startup-check.timeout=3s");
        Stream.of(overrides).forEach(override -> put(arguments, override));
        new SpringApplicationBuilder(SampleServiceApplication.class)
                .run(arguments.values().toArray(String[]::new))
                .close();
    }

    // a repeated command-line property would be joined with a comma, not replaced
    private static void put(Map<String, String> arguments, String argument) {
        arguments.put(argument.substring(0, argument.indexOf('=')), argument);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException ex) {
            return false;
        }
    }
}
