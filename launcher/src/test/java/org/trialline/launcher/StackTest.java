package org.trialline.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs whole stacks of {@link FakeService} child JVMs. Most tests share one embedded PostgreSQL and Redis on free
 * ports, which the stack then finds running; the first test leaves both to the stack itself.
 */
class StackTest {

    private static final Duration PROBE = Duration.ofMillis(500);

    @TempDir
    static Path sharedFolder;

    private static int sharedDbPort;

    private static int sharedRedisPort;

    private static EmbeddedPostgresServer sharedPostgres;

    private static EmbeddedRedisServer sharedRedis;

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final Console console = new Console(print(out), print(err));

    private final List<Stack> stacks = new ArrayList<>();

    @BeforeAll
    static void startSharedServers() throws IOException {
        sharedDbPort = TestPorts.free();
        sharedRedisPort = TestPorts.free();
        sharedPostgres = EmbeddedPostgresServer.start(
                sharedDbPort, sharedFolder.resolve("postgres"), sharedFolder.resolve("postgres.log"));
        sharedRedis = EmbeddedRedisServer.start(sharedRedisPort, "", sharedFolder.resolve("redis.log"));
    }

    @AfterAll
    static void stopSharedServers() {
        sharedRedis.close();
        sharedPostgres.close();
    }

    @AfterEach
    void stopStacks() {
        stacks.forEach(Stack::stop);
    }

    @Test
    void startWhenNothingAnswersShouldEmbedPostgresAndRedisThenBringEveryServiceUp() throws IOException {
        int dbPort = TestPorts.free();
        int redisPort = TestPorts.free();
        List<Service> services = services("ready-a", "ready-b");
        Stack stack = stack(Map.of("TRIALLINE_DB_PORT", "" + dbPort, "TRIALLINE_REDIS_PORT", "" + redisPort), services);

        stack.start();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("PostgreSQL: started an embedded server on 127.0.0.1:" + dbPort
                        + ", data in .trialline/postgres")
                .contains("Redis: started an embedded server on 127.0.0.1:" + redisPort)
                .contains("PostgreSQL: created database trialline");
        assertThat(root.resolve(".trialline/postgres/PG_VERSION")).isRegularFile();
        assertThat(services)
                .allSatisfy(service ->
                        assertThat(new Readiness().isReady(service.port())).isTrue());
        assertThat(Files.readAllLines(root.resolve(".trialline/logs/ready-a.log")))
                .contains(
                        "SERVER_PORT=" + services.get(0).port(),
                        "TRIALLINE_DB_PORT=" + dbPort,
                        "TRIALLINE_REDIS_PORT=" + redisPort,
                        "SPRING_PROFILES_ACTIVE=local",
                        "user.dir=" + root.toRealPath());

        stack.stop();

        assertThat(services)
                .allSatisfy(
                        service -> assertThat(PortProbe.isFree(service.port())).isTrue());
        assertThat(PortProbe.answers("127.0.0.1", dbPort, PROBE)).isFalse();
        assertThat(PortProbe.answers("127.0.0.1", redisPort, PROBE)).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("TrialLine stopped.\n");
    }

    @Test
    void startWhenPostgresAndRedisAnswerShouldUseThemAndLeaveThemRunning() throws IOException {
        Stack stack = stack(Map.of(), services("ready-a"));

        stack.start();
        stack.stop();

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("PostgreSQL: using the server at 127.0.0.1:" + sharedDbPort)
                .contains("Redis: using the server at 127.0.0.1:" + sharedRedisPort)
                .doesNotContain("embedded");
        assertThat(PortProbe.answers("127.0.0.1", sharedDbPort, PROBE)).isTrue();
        assertThat(PortProbe.answers("127.0.0.1", sharedRedisPort, PROBE)).isTrue();
    }

    @Test
    void startWhenAServiceExitsBeforeItIsReadyShouldFailWithTheEndOfItsLog() throws IOException {
        Stack stack = stack(Map.of(), services("ready-a", "crashing-b"));

        assertThatThrownBy(stack::start)
                .isInstanceOf(LaunchException.class)
                .hasMessage("crashing-b exited with code 3 before it was ready; last lines of "
                        + ".trialline/logs/crashing-b.log:")
                .extracting(e -> ((LaunchException) e).details())
                .isEqualTo(IntStream.rangeClosed(6, 25)
                        .mapToObj(line -> "crash line " + line)
                        .toList());
    }

    @Test
    void startWhenAServiceIsNotReadyInTimeShouldSaySoAtTheTimeout() throws IOException {
        Stack stack = stack(Map.of("TRIALLINE_READY_TIMEOUT_SECONDS", "3"), services("unready-a"));
        Instant started = Instant.now();

        assertThatThrownBy(stack::start)
                .isInstanceOf(LaunchException.class)
                .hasMessageStartingWith("unready-a was not ready within 3 s; last lines of");
        assertThat(Duration.between(started, Instant.now())).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(15));
    }

    @Test
    void startWhenAServicePortIsTakenShouldNameItAndStartNothing() throws IOException {
        int freeDbPort = TestPorts.free();
        List<Service> services = services("ready-a", "ready-b");
        Stack stack = stack(Map.of("TRIALLINE_DB_PORT", "" + freeDbPort), services);

        try (ServerSocket taken = new ServerSocket(services.get(1).port())) {
            assertThatThrownBy(stack::start)
                    .isInstanceOf(LaunchException.class)
                    .hasMessage("port " + taken.getLocalPort()
                            + " (ready-b) already in use; stop what listens there, then try again");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(PortProbe.answers("127.0.0.1", freeDbPort, PROBE)).isFalse();
    }

    @Test
    void startWhenAJarIsMissingShouldSayHowToBuildIt() throws IOException {
        List<Service> services = services("ready-a", "ready-b");
        Files.delete(new ProjectHome(root).serviceJar(services.get(1)));
        Stack stack = stack(Map.of(), services);

        assertThatThrownBy(stack::start)
                .isInstanceOf(LaunchException.class)
                .hasMessage("not built yet: ready-b/target/ready-b.jar (in " + root.toAbsolutePath()
                        + "); run ./trialline up, which builds them, or ./mvnw -DskipTests package");
    }

    @Test
    void keepUpWhenAServiceDiesAfterStartShouldStopTheOthersAndFail() throws IOException {
        List<Service> services = services("short-a", "ready-b");
        Stack stack = stack(Map.of(), services);

        int status = launcher().keepUp(stack);

        assertThat(status).isEqualTo(Launcher.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Press Ctrl-C to stop.", "stopped ready-b");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("trialline: short-a stopped on its own with code 4; last lines of "
                        + ".trialline/logs/short-a.log:");
        assertThat(PortProbe.isFree(services.get(1).port())).isTrue();
    }

    @Test
    void keepUpWhenStoppedFromOutsideShouldStopEverythingAndSucceed() throws Exception {
        List<Service> services = services("ready-a", "ready-b");
        Stack stack = stack(Map.of(), services);
        // the shutdown hook calls stop() from its own thread in just this way once the stack is up
        Thread ctrlC = new Thread(() -> {
            try {
                while (!out.toString(StandardCharsets.UTF_8).contains("Press Ctrl-C to stop.")) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stack.stop();
        });
        ctrlC.setDaemon(true);
        ctrlC.start();

        int status = launcher().keepUp(stack);
        ctrlC.join(30_000);

        assertThat(status).isEqualTo(Launcher.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stopped ready-a", "stopped ready-b");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(services)
                .allSatisfy(
                        service -> assertThat(PortProbe.isFree(service.port())).isTrue());
    }

    private Launcher launcher() {
        return new Launcher(console, Map.of(), "unused.jar");
    }

    private List<Service> services(String... modules) throws IOException {
        List<Service> services = new ArrayList<>();
        for (String module : modules) {
            Service service = new Service(module, TestPorts.free());
            FakeProject.build(new ProjectHome(root), service);
            services.add(service);
        }
        return services;
    }

    private Stack stack(Map<String, String> overrides, List<Service> services) {
        Map<String, String> env = new HashMap<>(Map.of(
                "TRIALLINE_DB_PORT", "" + sharedDbPort,
                "TRIALLINE_REDIS_PORT", "" + sharedRedisPort));
        env.putAll(overrides);
        Stack stack = new Stack(Settings.from(env), new ProjectHome(root), services, console, new Readiness());
        stacks.add(stack);
        return stack;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
