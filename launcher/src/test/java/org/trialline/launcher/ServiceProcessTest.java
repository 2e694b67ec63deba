package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

    private static final Service SERVICE = new Service("sample", 1);

    @TempDir
    Path folder;

    private ServiceProcess process;

    @AfterEach
    void killLeftover() {
        if (process != null && process.isAlive()) {
            process.requestStop();
            process.awaitStop(Instant.now());
        }
    }

    @Test
    void startShouldWriteTheOutputAndTheGivenVariablesToTheLog() throws Exception {
        process = start("echo \"$SAMPLE_VALUE from $(pwd)\"; echo oops >&2; exit 7", Map.of("SAMPLE_VALUE", "hello"));

        int code = process.onExit().get(10, TimeUnit.SECONDS).exitCode();

        assertThat(code).isEqualTo(7);
        assertThat(process.logTail(20)).containsExactly("hello from " + folder.toRealPath(), "oops");
    }

    @Test
    void awaitStopWhenTheProcessHonoursTheRequestShouldStopItBeforeTheDeadline() throws IOException {
        process = start("exec sleep 60", Map.of());
        Instant asked = Instant.now();

        process.requestStop();
        boolean stoppedByItself = process.awaitStop(asked.plusSeconds(20));

        assertThat(stoppedByItself).isTrue();
        assertThat(process.isAlive()).isFalse();
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void awaitStopWhenTheProcessIgnoresTheRequestShouldKillItAtTheDeadline() throws IOException, InterruptedException {
        // an ignored signal stays ignored across exec, so sleep itself ignores SIGTERM
        process = start("trap '' TERM; echo trapped; exec sleep 60", Map.of());
        awaitLogLine("trapped");
        Instant asked = Instant.now();

        process.requestStop();
        boolean stoppedByItself = process.awaitStop(asked.plusSeconds(1));

        assertThat(stoppedByItself).isFalse();
        assertThat(process.isAlive()).isFalse();
        assertThat(Duration.between(asked, Instant.now())).isBetween(Duration.ofMillis(900), Duration.ofSeconds(8));
    }

    private void awaitLogLine(String line) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!process.logTail(5).contains(line)) {
            assertThat(Instant.now()).as("time to see '%s' in the log", line).isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private ServiceProcess start(String script, Map<String, String> environment) {
        return ServiceProcess.start(
                SERVICE, List.of("sh", "-c", script), folder, environment, folder.resolve("logs/sample.log"));
    }
}
