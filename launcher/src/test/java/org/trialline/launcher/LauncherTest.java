package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path emptyProject;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void runWithAnUnknownCommandShouldSayWhichAndShowUsage() {
        int status = launcher(Map.of()).run("frobnicate");

        assertThat(status).isEqualTo(2);
        assertThat(err()).isEqualTo("trialline: unknown command 'frobnicate'\n");
        assertThat(out()).startsWith("usage: ./trialline <command>");
    }

    @Test
    void runWithoutACommandShouldShowUsageAndFail() {
        int status = launcher(Map.of()).run();

        assertThat(status).isEqualTo(2);
        assertThat(out()).startsWith("usage: ./trialline <command>").contains("  up ", "  run ", "  help ");
    }

    @Test
    void runHelpShouldShowUsageAndSucceed() {
        int status = launcher(Map.of()).run("help");

        assertThat(status).isZero();
        assertThat(out()).startsWith("usage: ./trialline <command>");
        assertThat(err()).isEmpty();
    }

    @Test
    void runUpWithExtraArgumentsShouldRefuseThem() {
        int status = launcher(Map.of()).run("up", "--fast");

        assertThat(status).isEqualTo(2);
        assertThat(err()).isEqualTo("trialline: 'up' takes no arguments, got '--fast'\n");
    }

    @Test
    void runUpWithABadSettingShouldNameItOnOneLine() {
        int status = launcher(Map.of("TRIALLINE_DB_PORT", "five", "TRIALLINE_HOME", emptyProject.toString()))
                .run("run");

        assertThat(status).isEqualTo(1);
        assertThat(err()).isEqualTo("trialline: TRIALLINE_DB_PORT must be a port number from 1 to 65535, got 'five'\n");
    }

    @Test
    void runUpInAProjectWithoutJarsShouldSayHowToBuildThem() {
        int status = launcher(Map.of("TRIALLINE_HOME", emptyProject.toString())).run("up");

        assertThat(status).isEqualTo(1);
        assertThat(err())
                .startsWith(
                        "trialline: not built yet: gateway/target/gateway.jar, queue-service/target/queue-service.jar,"
                                + " wfm-service/target/wfm-service.jar, kpi-stream/target/kpi-stream.jar,"
                                + " notification-service/target/notification-service.jar")
                .endsWith("; run ./trialline up, which builds them, or ./mvnw -DskipTests package\n")
                .hasLineCount(1);
        assertThat(out()).isEmpty();
    }

    private Launcher launcher(Map<String, String> environment) {
        Console console = new Console(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Launcher(console, environment, "unused.jar");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
