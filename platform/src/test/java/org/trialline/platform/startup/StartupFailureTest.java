package org.trialline.platform.startup;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.trialline.sample.SampleServiceApplication;
import org.trialline.testsupport.RealInfrastructureInitializer;
import org.trialline.testsupport.TestSql;

@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

    @Test
    void unreachablePostgresShouldStopStartNamingTheSetting(CapturedOutput output) throws IOException {
        int closed = freePort();
        int http = freePort();

        assertThatThrownBy(() -> start(
                        "--trialline.db.port=" + closed, "--spring.flyway.enabled=false", "--server.port=" + http))
                .hasRootCauseInstanceOf(java.net.ConnectException.class);

        assertThat(failureLines(output))
                .containsExactly("Cannot start: PostgreSQL at r2dbc:postgresql://127.0.0.1:" + closed
                        + "/trialline_test (spring.r2dbc.url): nothing answers there; start PostgreSQL there, or set"
                        + " TRIALLINE_DB_HOST and TRIALLINE_DB_PORT.");
        assertThat(answers(http)).as("nothing listens after a failed start").isFalse();
    }

    @Test
    void unreachableRedisShouldStopStartNamingTheSetting(CapturedOutput output) throws IOException {
        int closed = freePort();
        int http = freePort();

        assertThatThrownBy(() -> start("--trialline.redis.port=" + closed, "--server.port=" + http))
                .isInstanceOf(RuntimeException.class);

        assertThat(failureLines(output))
                .containsExactly("Cannot start: Redis at 127.0.0.1:" + closed + " (spring.data.redis.host,"
                        + " spring.data.redis.port): nothing answers there; start Redis there, or set TRIALLINE_REDIS_HOST"
                        + " and TRIALLINE_REDIS_PORT.");
        assertThat(answers(http)).as("nothing listens after a failed start").isFalse();
    }

    @Test
    void missingDatabaseShouldBeNamedWithItsSetting(CapturedOutput output) throws IOException {
        int http = freePort();

        assertThatThrownBy(() -> start("--trialline.db.name=no_such_database", "--server.port=" + http))
                .isInstanceOf(RuntimeException.class);

        assertThat(failureLines(output))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("the database no_such_database does not exist; create it, or set TRIALLINE_DB_NAME.");
        assertThat(answers(http)).as("nothing listens after a failed start").isFalse();
    }

    @Test
    void unknownHostShouldBeNamedWithItsSetting(CapturedOutput output) {
        assertThatThrownBy(() -> start("--trialline.db.host=nowhere.invalid")).isInstanceOf(RuntimeException.class);

        assertThat(failureLines(output))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("the host nowhere.invalid is unknown; set TRIALLINE_DB_HOST.");
    }

    @Test
    void flywayShouldMigrateTheDatabaseTheServiceUsesEvenWhenItsOwnUrlSaysOtherwise() throws IOException {
        int closed = freePort();

        // the service starts: Flyway follows spring.r2dbc.url, not the closed port its own URL names
        start("--spring.flyway.url=jdbc:postgresql://127.0.0.1:" + closed + "/elsewhere");

        assertThat(TestSql.number("select count(*) from sample.flyway_schema_history"))
                .isPositive();
    }

    @Test
    void malformedDatabaseUrlShouldStopStartNamingTheSetting(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.r2dbc.url=postgres://nowhere")).isInstanceOf(RuntimeException.class);

        assertThat(failureLines(output))
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .contains("no PostgreSQL connection can be made from postgres://nowhere (spring.r2dbc.url)")
                .contains("does not start with the r2dbc scheme")
                .endsWith("set TRIALLINE_DB_HOST, TRIALLINE_DB_PORT and TRIALLINE_DB_NAME.");
    }

    @Test
    void portInUseShouldStopStartNamingTheSetting(CapturedOutput output) throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> start("--server.port=" + port)).isInstanceOf(RuntimeException.class);

            assertThat(failureLines(output))
                    .containsExactly("Cannot start: port " + port + " (server.port) is already in use by another"
                            + " process; stop that process, or set SERVER_PORT to a free port.");
        }
    }

    // the report of a failed start, one line, without the log prefix; nothing else of Boot's report may remain
    private static List<String> failureLines(CapturedOutput output) {
        assertThat(output.getAll())
                .doesNotContain("APPLICATION FAILED TO START")
                .doesNotContain("Error creating bean");
        return output.getAll()
                .lines()
                .filter(line -> line.contains("Cannot start:"))
                .map(line -> line.substring(line.indexOf("Cannot start:")))
                .toList();
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
