package org.trialline.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The whole of TrialLine on one machine: PostgreSQL and Redis (the ones already running, or embedded ones), the
 * database, then the services, each checked ready before the stack counts as up; stopped in the reverse order.
 */
final class Stack {

    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    // a little over the services' own graceful-shutdown phase (20 s), so a slow request may still finish
    private static final Duration STOP_GRACE = Duration.ofSeconds(25);

    private static final int LOG_LINES = 20;

    private final Settings settings;

    private final ProjectHome home;

    private final List<Service> services;

    private final Console console;

    private final Readiness readiness;

    private final List<ServiceProcess> running = new ArrayList<>();

    private EmbeddedPostgresServer postgres;

    private EmbeddedRedisServer redis;

    private volatile boolean stopping;

    Stack(Settings settings, ProjectHome home, List<Service> services, Console console, Readiness readiness) {
        this.settings = settings;
        this.home = home;
        this.services = List.copyOf(services);
        this.console = console;
        this.readiness = readiness;
    }

    /** Brings everything up or, failing that, throws with nothing left running that this call started. */
    void start() {
        requireBuilt();
        requireFreePorts();
        providePostgres();
        provideRedis();
        prepareDatabase();
        launchServices();
        awaitReady();
    }

    /** Blocks until one of the services exits, for whatever reason, and returns it. */
    ServiceProcess awaitExit() {
        List<CompletableFuture<ServiceProcess>> exits;
        synchronized (this) {
            exits = running.stream().map(ServiceProcess::onExit).toList();
        }
        return (ServiceProcess)
                CompletableFuture.anyOf(exits.toArray(CompletableFuture[]::new)).join();
    }

    boolean isStopping() {
        return stopping;
    }

    /**
     * Stops what this stack started: the services (asked first, forced after a grace period), then the embedded Redis
     * and PostgreSQL. Servers that were already running before the launcher are left alone.
     */
    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        if (running.isEmpty() && redis == null && postgres == null) {
            return;
        }
        console.say("Stopping TrialLine...");
        running.forEach(ServiceProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        for (ServiceProcess service : running) {
            String module = service.service().module();
            boolean stoppedByItself = service.awaitStop(deadline);
            console.say(
                    stoppedByItself ? "  stopped " + module : "  killed " + module + ", which did not stop in time");
        }
        running.clear();
        if (redis != null) {
            close(redis, "Redis");
            redis = null;
        }
        if (postgres != null) {
            close(postgres, "PostgreSQL");
            postgres = null;
        }
        console.say("TrialLine stopped.");
    }

    List<Service> services() {
        return services;
    }

    ProjectHome home() {
        return home;
    }

    private void requireBuilt() {
        List<Service> unbuilt = home.unbuilt(services);
        if (!unbuilt.isEmpty()) {
            String jars = unbuilt.stream()
                    .map(service -> home.shown(home.serviceJar(service)))
                    .collect(Collectors.joining(", "));
            throw new LaunchException("not built yet: " + jars + " (in " + home.root()
                    + "); run ./trialline up, which builds them, or ./mvnw -DskipTests package");
        }
    }

    private void requireFreePorts() {
        String taken = services.stream()
                .filter(service -> !PortProbe.isFree(service.port()))
                .map(service -> "port " + service.port() + " (" + service.module() + ")")
                .collect(Collectors.joining(", "));
        if (!taken.isEmpty()) {
            throw new LaunchException(taken + " already in use; stop what listens there, then try again");
        }
    }

    private synchronized void providePostgres() {
        requireNotStopping();
        if (PortProbe.answers(settings.dbHost(), settings.dbPort(), PROBE_TIMEOUT)) {
            console.say("PostgreSQL: using the server at " + settings.dbAddress());
            return;
        }
        requireLocalhost("PostgreSQL", settings.dbAddress(), settings.dbHost(), "TRIALLINE_DB_HOST");
        Path data = home.postgresData();
        postgres = EmbeddedPostgresServer.start(settings.dbPort(), data, home.log("postgres"));
        console.say(
                "PostgreSQL: started an embedded server on " + settings.dbAddress() + ", data in " + home.shown(data));
    }

    private synchronized void provideRedis() {
        requireNotStopping();
        if (PortProbe.answers(settings.redisHost(), settings.redisPort(), PROBE_TIMEOUT)) {
            console.say("Redis: using the server at " + settings.redisAddress());
            return;
        }
        requireLocalhost("Redis", settings.redisAddress(), settings.redisHost(), "TRIALLINE_REDIS_HOST");
        redis = EmbeddedRedisServer.start(settings.redisPort(), settings.redisPassword(), home.log("redis"));
        console.say("Redis: started an embedded server on " + settings.redisAddress() + ", nothing kept on disk");
    }

    private void prepareDatabase() {
        requireNotStopping();
        if (settings.fresh()) {
            Database.recreate(settings);
            RedisDatabase.flush(settings);
            console.say("PostgreSQL: emptied database " + settings.dbName() + "; Redis: emptied database "
                    + settings.redisDatabase() + " (TRIALLINE_FRESH=true)");
            return;
        }
        boolean created = Database.createIfMissing(settings);
        console.say("PostgreSQL: " + (created ? "created database " : "found database ") + settings.dbName());
    }

    private synchronized void launchServices() {
        requireNotStopping();
        console.say("Starting " + services.stream().map(Service::module).collect(Collectors.joining(", "))
                + " (logs in " + home.shown(home.logs()) + ")");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (Service service : services) {
            List<String> command =
                    List.of(java, "-jar", home.serviceJar(service).toString());
            running.add(ServiceProcess.start(
                    service, command, home.root(), environment(service), home.log(service.module())));
        }
    }

    private Map<String, String> environment(Service service) {
        Map<String, String> environment = new LinkedHashMap<>(settings.environment());
        // the port the launcher polls is the port the service listens on, whatever its own configuration says
        environment.put("SERVER_PORT", Integer.toString(service.port()));
        // a run on one machine is a local run: the gateway signs in its well-known users only under this profile
        environment.put("SPRING_PROFILES_ACTIVE", "local");
        return environment;
    }

    private void awaitReady() {
        List<ServiceProcess> pending;
        synchronized (this) {
            pending = new ArrayList<>(running);
        }
        while (!pending.isEmpty()) {
            for (Iterator<ServiceProcess> it = pending.iterator(); it.hasNext(); ) {
                if (isReady(it.next())) {
                    it.remove();
                }
            }
            if (!pending.isEmpty()) {
                pause();
            }
        }
    }

    private boolean isReady(ServiceProcess process) {
        requireNotStopping();
        String module = process.service().module();
        if (readiness.isReady(process.service().port())) {
            console.say(String.format(
                    "  %-22s ready after %d s", module, process.uptime().toSeconds()));
            return true;
        }
        if (!process.isAlive()) {
            throw failure(process, module + " exited with code " + process.exitCode() + " before it was ready");
        }
        if (process.uptime().compareTo(settings.readyTimeout()) > 0) {
            throw failure(
                    process,
                    module + " was not ready within " + settings.readyTimeout().toSeconds() + " s");
        }
        return false;
    }

    /** A failure of the service, told with the last lines of its log. */
    LaunchException failure(ServiceProcess process, String what) {
        return new LaunchException(
                what + "; last lines of " + home.shown(process.log()) + ":", process.logTail(LOG_LINES), null);
    }

    private void requireLocalhost(String server, String address, String host, String variable) {
        if (!PortProbe.isLocalhost(host)) {
            throw new LaunchException(server + ": nothing answers at " + address
                    + ", and an embedded server can only stand in on 127.0.0.1 or localhost; start " + server
                    + " there or change " + variable);
        }
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new LaunchException("stopped before TrialLine was up");
        }
    }

    private void close(AutoCloseable server, String name) {
        try {
            server.close();
            console.say("  stopped the embedded " + name);
        } catch (Exception e) {
            console.fail("could not stop the embedded " + name + ": " + e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for the services", e);
        }
    }
}
