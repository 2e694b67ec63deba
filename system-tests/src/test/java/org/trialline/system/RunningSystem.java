package org.trialline.system;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialline.testsupport.PostgresEndpoint;
import org.trialline.testsupport.RedisEndpoint;
import org.trialline.testsupport.TcpProxy;
import org.trialline.testsupport.TestPostgres;
import org.trialline.testsupport.TestRedis;

/**
 * The gateway, queue-service, kpi-stream and wfm-service started from their built jars on free ports, against a
 * database and a Redis database of their own, wired as a deployment wires them. Between the gateway and kpi-stream
 * sits a {@link TcpProxy}, so a test can cut the wallboard's feed as a network fault would.
 */
final class RunningSystem implements AutoCloseable {

    static final String DATABASE = "trialline_system";

    // the other tests use database 1 and a local run 0; these services must not see either's keys
    static final int REDIS_DATABASE = 2;

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final Path home;
    private final PostgresEndpoint postgres;
    private final RedisEndpoint redis;
    private final Place place;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private TcpProxy feedLink;

    /**
     * Where a system keeps its data, and settings of the centre's own.
     *
     * @param centreArguments given to queue-service, kpi-stream and wfm-service, such as the centre's time zone
     */
    record Place(String database, int redisDatabase, List<String> centreArguments) {

        static final Place SHARED = new Place(DATABASE, REDIS_DATABASE, List.of());
    }

    private RunningSystem(Path home, PostgresEndpoint postgres, RedisEndpoint redis, Place place) {
        this.home = home;
        this.postgres = postgres;
        this.redis = redis;
        this.place = place;
    }

    /** Starts the services, each from its jar under the project folder, and waits until every one is ready. */
    static RunningSystem start() {
        return start(Place.SHARED);
    }

    /** Starts a system of its own, for a test whose data must not meet other tests' (its stream clock, say). */
    static RunningSystem start(Place place) {
        RunningSystem system = new RunningSystem(home(), TestPostgres.endpoint(), TestRedis.endpoint(), place);
        try {
            system.boot();
            return system;
        } catch (RuntimeException ex) {
            system.close();
            throw ex;
        }
    }

    /** The project folder, where the jars and the data are. */
    static Path home() {
        return Path.of(System.getProperty("trialline.home", ".."))
                .toAbsolutePath()
                .normalize();
    }

    private void boot() {
        freshDatabase();
        freshRedis();
        int gatewayPort = freePort();
        int queuePort = freePort();
        int kpiPort = freePort();
        int wfmPort = freePort();
        feedLink = TcpProxy.start("127.0.0.1", kpiPort);
        String jwks = "--trialline.security.jwk-set-uri=http://127.0.0.1:" + gatewayPort + "/oauth2/jwks";
        List<String> centre = new ArrayList<>(place.centreArguments());
        centre.add(jwks);
        add("queue-service", queuePort, centre);
        add("kpi-stream", kpiPort, centre);
        List<String> wfm = new ArrayList<>(centre);
        wfm.add("--trialline.wfm.queue-service-url=http://127.0.0.1:" + queuePort);
        add("wfm-service", wfmPort, wfm);
        add(
                "gateway",
                gatewayPort,
                List.of(
                        "--trialline.gateway.services.queue=http://127.0.0.1:" + queuePort,
                        "--trialline.gateway.services.kpi=http://127.0.0.1:" + feedLink.port(),
                        "--trialline.gateway.services.wfm=http://127.0.0.1:" + wfmPort,
                        // nothing listens there in this system; its routes answer 503
                        "--trialline.gateway.services.notifications=http://127.0.0.1:" + freePort()));
        services.values().forEach(ServiceProcess::start);
        services.values().forEach(service -> service.awaitReady(READY_TIMEOUT));
    }

    private void add(String module, int port, List<String> own) {
        Path jar = home.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built; run ./mvnw -B verify from " + home
                    + ", which packages the services before these tests");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                // the services start quicker on two cores without the optimising compiler; these tests need no speed
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--trialline.db.host=" + postgres.host(),
                "--trialline.db.port=" + postgres.port(),
                "--trialline.db.name=" + place.database(),
                "--trialline.db.username=" + postgres.username(),
                "--trialline.db.password=" + postgres.password(),
                "--trialline.redis.host=" + redis.host(),
                "--trialline.redis.port=" + redis.port(),
                "--trialline.redis.password=" + redis.password(),
                "--trialline.redis.database=" + place.redisDatabase()));
        command.addAll(own);
        Path logs = home.resolve("system-tests").resolve("target").resolve("system-logs");
        // a system of its own logs apart, so that two systems of one run do not write to the same file
        Path log = (place.equals(Place.SHARED) ? logs : logs.resolve(place.database())).resolve(module + ".log");
        services.put(module, new ServiceProcess(module, port, command, log));
    }

    /** The gateway's address: the one door every test goes through. */
    String gateway() {
        return services.get("gateway").url();
    }

    ServiceProcess service(String module) {
        return services.get(module);
    }

    /** The link between the gateway and kpi-stream, which a test may cut and restore. */
    TcpProxy feedLink() {
        return feedLink;
    }

    /** Signs in through the gateway as one of the local profile's users, whose password is their name. */
    String token(String username) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + username + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway() + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException(
                        "sign-in as " + username + " answered " + response.statusCode() + ": " + response.body());
            }
            return token.group(1);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public void close() {
        List<ServiceProcess> reverse = new ArrayList<>(services.values());
        java.util.Collections.reverse(reverse);
        reverse.forEach(ServiceProcess::stop);
        if (feedLink != null) {
            feedLink.close();
        }
    }

    private void freshDatabase() {
        String admin = "jdbc:postgresql://" + postgres.host() + ":" + postgres.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(admin, postgres.username(), postgres.password());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + place.database() + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + place.database());
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "could not make a fresh database " + place.database() + " at " + postgres, ex);
        }
    }

    private void freshRedis() {
        RedisURI uri = RedisURI.builder()
                .withHost(redis.host())
                .withPort(redis.port())
                .withDatabase(place.redisDatabase())
                .build();
        if (!redis.password().isEmpty()) {
            uri.setPassword(redis.password().toCharArray());
        }
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushdb();
        } finally {
            client.shutdown();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
