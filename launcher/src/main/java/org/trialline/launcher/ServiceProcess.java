package org.trialline.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One running service: a child JVM whose output goes to its own log file. */
final class ServiceProcess {

    private final Service service;

    private final Process process;

    private final Path log;

    private final Instant started;

    private ServiceProcess(Service service, Process process, Path log, Instant started) {
        this.service = service;
        this.process = process;
        this.log = log;
        this.started = started;
    }

    /** Runs the command in the directory, with the given variables added to the launcher's own environment. */
    static ServiceProcess start(
            Service service, List<String> command, Path directory, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            return new ServiceProcess(service, builder.start(), log, Instant.now());
        } catch (IOException e) {
            throw new LaunchException("could not start " + service.module() + ": " + e.getMessage(), e);
        }
    }

    Service service() {
        return service;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    Duration uptime() {
        return Duration.between(started, Instant.now());
    }

    CompletableFuture<ServiceProcess> onExit() {
        return process.onExit().thenApply(exited -> this);
    }

    List<String> logTail(int lines) {
        return LogTail.of(log, lines);
    }

    /** Asks the process to stop without waiting; {@link #awaitStop} then waits and forces it if need be. */
    void requestStop() {
        process.destroy();
    }

    /**
     * Waits until the deadline for the process to stop after {@link #requestStop}, kills it past that, and says whether
     * it stopped by itself.
     */
    boolean awaitStop(Instant deadline) {
        try {
            long millis = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
