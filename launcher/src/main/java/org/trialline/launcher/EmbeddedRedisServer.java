package org.trialline.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A Redis 6.2 server run from the binary packaged on the classpath, for machines with no Redis of their own. It keeps
 * nothing on disk, so every start begins with an empty Redis.
 */
final class EmbeddedRedisServer implements AutoCloseable {

    private final RedisServer redis;

    private final PrintWriter log;

    private EmbeddedRedisServer(RedisServer redis, PrintWriter log) {
        this.redis = redis;
        this.log = log;
    }

    /** Starts the server on the loopback addresses, asking for the password when there is one. */
    static EmbeddedRedisServer start(int port, String password, Path log) {
        PrintWriter writer = open(log);
        try {
            RedisServer redis = RedisServer.newRedisServer()
                    .port(port)
                    // "-" marks ::1 optional, so a machine without IPv6 still starts
                    .bind("127.0.0.1 -::1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .settingIf(!password.isEmpty(), "requirepass " + quoted(password))
                    .soutListener(writer::println)
                    .serrListener(writer::println)
                    .build();
            redis.start();
            return new EmbeddedRedisServer(redis, writer);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw new LaunchException(
                    "Redis: the embedded server did not start on port " + port + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            redis.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            log.close();
        }
    }

    private static PrintWriter open(Path log) {
        try {
            Files.createDirectories(log.getParent());
            return new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new LaunchException("Redis: cannot write its log " + log + ": " + e.getMessage(), e);
        }
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
