package org.trialline.queue.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialline.testsupport.TestTokens;

/**
 * What one benchmark run does, read from its arguments: the service's base URL, then {@code --name=value} options.
 * The database comes from the same environment variables the service reads.
 */
record BenchSettings(
        String baseUrl,
        Duration warmUp,
        Duration measured,
        int inFlight,
        int batchSize,
        int routingAgents,
        int routingRate,
        Duration routingDuration,
        Set<String> phases,
        String bearer,
        Database database) {

    static final String USAGE = """
            usage: IngestionBenchmark [base-url] [--warm-up=15s] [--duration=60s] [--in-flight=32] [--batch-size=100]
                                      [--routing-agents=20] [--routing-rate=20] [--routing-duration=30s]
                                      [--phases=single,batch,routing] [--token=JWT]
              base-url          the running queue-service, default http://localhost:8081
              --warm-up         sent but not measured, before each ingestion phase
              --duration        measured, in each ingestion phase
              --in-flight       contact lifecycles (or batches) in flight at once
              --batch-size      events per batch request, rounded down to whole lifecycles of 4 events
              --routing-agents  available agents on the queue TrialLine routes
              --routing-rate    contacts per second entering that queue
              --routing-duration  how long contacts keep entering it
              --phases          which parts to run: single (one event per request), batch, routing
              --token           the bearer token to send; by default one signed with the test-only key of
                                test-support, which a service trusts only when started as queue-service/bench does
            Durations take ms, s or m; a plain number is seconds. The database is read from TRIALLINE_DB_HOST,
            TRIALLINE_DB_PORT, TRIALLINE_DB_NAME, TRIALLINE_DB_USERNAME and TRIALLINE_DB_PASSWORD.""";

    private static final String DEFAULT_BASE_URL = "http://localhost:8081";

    private static final Map<String, String> DEFAULTS = Map.of(
            "warm-up", "15s",
            "duration", "60s",
            "in-flight", "32",
            "batch-size", "100",
            "routing-agents", "20",
            "routing-rate", "20",
            "routing-duration", "30s",
            "phases", "single,batch,routing",
            "token", "");

    private static final Set<String> PHASES = Set.of("single", "batch", "routing");

    /** Where queue-service keeps its tables, as the service itself reads it from the environment. */
    record Database(String host, int port, String name, String username, String password) {

        static Database fromEnvironment() {
            return new Database(
                    env("TRIALLINE_DB_HOST", "127.0.0.1"),
                    Integer.parseInt(env("TRIALLINE_DB_PORT", "5432")),
                    env("TRIALLINE_DB_NAME", "trialline"),
                    env("TRIALLINE_DB_USERNAME", "postgres"),
                    env("TRIALLINE_DB_PASSWORD", ""));
        }

        String url() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        @Override
        public String toString() {
            return host + ":" + port + "/" + name + " as " + username;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    static BenchSettings parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>(DEFAULTS);
        String baseUrl = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                option(options, arg);
            } else if (baseUrl == null) {
                baseUrl = arg.replaceAll("/+$", "");
            } else {
                throw new IllegalArgumentException("one base URL only, but got " + baseUrl + " and " + arg);
            }
        }
        return new BenchSettings(
                baseUrl == null ? DEFAULT_BASE_URL : baseUrl,
                duration(options, "warm-up", false),
                duration(options, "duration", true),
                count(options, "in-flight"),
                count(options, "batch-size"),
                count(options, "routing-agents"),
                count(options, "routing-rate"),
                duration(options, "routing-duration", true),
                phases(options.get("phases")),
                bearer(options.get("token")),
                Database.fromEnvironment());
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    /** Contact lifecycles in one batch request; a lifecycle is 4 events and never split over two batches. */
    int lifecyclesPerBatch() {
        return Math.max(1, batchSize / Lifecycle.EVENTS);
    }

    private static void option(Map<String, String> options, String arg) {
        String[] pair = arg.substring(2).split("=", 2);
        if (pair.length != 2 || !options.containsKey(pair[0])) {
            throw new IllegalArgumentException("unknown option " + arg);
        }
        options.put(pair[0], pair[1]);
    }

    // the benchmark sets up queues and agents and feeds events and contacts, so its own token holds both roles
    private static String bearer(String token) {
        return token.isBlank() ? TestTokens.bearer("bench", "SUPERVISOR", "TELEPHONY") : "Bearer " + token;
    }

    private static Set<String> phases(String value) {
        Set<String> phases = new LinkedHashSet<>(List.of(value.split(",")));
        if (phases.isEmpty() || !PHASES.containsAll(phases)) {
            throw new IllegalArgumentException("--phases takes single, batch and routing, but is " + value);
        }
        return phases;
    }

    private static int count(Map<String, String> options, String name) {
        String value = options.get(name);
        try {
            int count = Integer.parseInt(value);
            if (count > 0) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the other bad values
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number above 0, but is " + value);
    }

    private static Duration duration(Map<String, String> options, String name, boolean mustBePositive) {
        String value = options.get(name).trim();
        Duration duration;
        try {
            duration = parseDuration(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--" + name + " must be a duration such as 15s, but is " + value);
        }
        if (duration.isNegative() || (mustBePositive && duration.isZero())) {
            throw new IllegalArgumentException("--" + name + " must be above 0, but is " + value);
        }
        return duration;
    }

    private static Duration parseDuration(String value) {
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }
}
