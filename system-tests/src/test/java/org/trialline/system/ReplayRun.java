package org.trialline.system;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The replay tool run from its built jar against a running system, as a user runs it; its output kept whole. */
record ReplayRun(int exitCode, String output) {

    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    static ReplayRun of(RunningSystem system, String... arguments) {
        Path jar = RunningSystem.home().resolve("replay").resolve("target").resolve("replay.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built; run ./mvnw -B verify, which packages it first");
        }
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        command.addAll(List.of("--gateway", system.gateway()));
        try {
            Path log = Files.createTempFile("replay", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "the replay did not end within " + TIMEOUT + ": " + Files.readString(log, UTF_8));
            }
            String output = Files.readString(log, UTF_8);
            Files.delete(log);
            return new ReplayRun(process.exitValue(), output);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
