package org.trialline.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A PostgreSQL server run from the binaries packaged on the classpath, for machines with no PostgreSQL of their own.
 * Its data directory is kept between runs, so what the services stored survives a restart.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    // after an unclean stop PostgreSQL replays its log first, which can outlast the library's 10 s default
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server on localhost (127.0.0.1 and ::1) with superuser {@code postgres} and trust authentication,
     * creating the data directory on first use and writing the server's output to the log.
     */
    static EmbeddedPostgresServer start(int port, Path dataDirectory, Path log) {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(log.getParent());
            ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(log.toFile());
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // the stack stops it after the services, so none of them loses its database while stopping
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(output)
                    .setErrorRedirector(output)
                    .start());
        } catch (IOException | RuntimeException e) {
            throw new LaunchException(
                    "PostgreSQL: the embedded server did not start on port " + port + " (" + e.getMessage()
                            + "); last lines of " + log + ":",
                    LogTail.of(log, 20),
                    e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
