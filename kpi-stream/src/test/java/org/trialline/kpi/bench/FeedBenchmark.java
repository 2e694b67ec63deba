package org.trialline.kpi.bench;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.rsocket.transport.netty.client.WebsocketClientTransport;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.messaging.rsocket.RSocketRequester;
import org.springframework.messaging.rsocket.RSocketStrategies;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.Channel;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactQueued;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.QueueConfigured;
import org.trialline.events.QueueEvent;
import org.trialline.events.ServiceLevelVariant;
import org.trialline.testsupport.TestTokens;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures a running kpi-stream: events applied per second, and the latency from the XADD of an event to the feed
 * delta that shows it reaching an RSocket subscriber, at each of the given rates. The events are contacts' lives in
 * fours (queued, answered, ended, wrapped up); every queued event raises {@code windows.today.offered} by one, so the
 * delta carrying offered = n shows the n-th queued event and every earlier one.
 *
 * <p>Arguments: the service's base URL, the Redis URI, the stream, then {@code --rates=1000,5000 --duration=30s
 * --warm-up=15s}.
 */
public final class FeedBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUEUE = "BENCH";
    private static final Pattern ENTRIES =
            Pattern.compile("trialline_stream_entries_total\\{[^}]*outcome=\"(applied|duplicate)\"[^}]*} ([0-9.E+]+)");

    private FeedBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: FeedBenchmark BASE_URL REDIS_URI STREAM [--rates=1000,5000] [--duration=30s]"
                    + " [--warm-up=15s]");
            System.exit(2);
        }
        String base = args[0];
        RedisURI redisUri = RedisURI.create(args[1]);
        String stream = args[2];
        List<Integer> rates = List.of(1000, 5000);
        Duration duration = Duration.ofSeconds(30);
        Duration warmUp = Duration.ofSeconds(15);
        for (String option : Arrays.copyOfRange(args, 3, args.length)) {
            if (option.startsWith("--rates=")) {
                rates = Arrays.stream(option.substring(8).split(","))
                        .map(Integer::valueOf)
                        .toList();
            } else if (option.startsWith("--duration=")) {
                duration = seconds(option.substring(11));
            } else if (option.startsWith("--warm-up=")) {
                warmUp = seconds(option.substring(10));
            } else {
                System.err.println("unknown option " + option);
                System.exit(2);
            }
        }
        printMachine(base, rates, duration, warmUp);
        RedisClient client = RedisClient.create(redisUri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisAsyncCommands<String, String> redis = connection.async();
            redis.setAutoFlushCommands(true);
            publish(
                            redis,
                            stream,
                            new QueueConfigured(
                                    UUID.randomUUID(),
                                    Instant.now(),
                                    QUEUE,
                                    "BENCH-TRIAL",
                                    "en",
                                    Channel.VOICE,
                                    0.8,
                                    20,
                                    ServiceLevelVariant.STANDARD,
                                    5,
                                    0,
                                    QueueEvent.CURRENT_VERSION))
                    .get(10, TimeUnit.SECONDS);
            Thread.sleep(1000);
            for (int rate : rates) {
                run(base, redis, stream, rate, warmUp, duration);
            }
        } finally {
            client.shutdown();
        }
    }

    private static void run(
            String base,
            RedisAsyncCommands<String, String> redis,
            String stream,
            int rate,
            Duration warmUp,
            Duration duration)
            throws Exception {
        RSocketStrategies strategies = RSocketStrategies.builder()
                .encoder(new JacksonJsonEncoder())
                .decoder(new JacksonJsonDecoder())
                .build();
        WebsocketClientTransport transport =
                WebsocketClientTransport.create(URI.create(base.replaceFirst("^http", "ws") + "/rsocket"));
        transport.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("feed-bench", "SUPERVISOR"));
        RSocketRequester requester =
                RSocketRequester.builder().rsocketStrategies(strategies).transport(transport);
        long total = (warmUp.toMillis() + duration.toMillis()) * rate / 1000;
        long queuedTotal = total / 4 + 1;
        // when each queued event was sent, by how many queued events the feed will show once it is applied
        AtomicLongArray sentAt = new AtomicLongArray((int) queuedTotal + 2);
        AtomicLongArray seenAt = new AtomicLongArray((int) queuedTotal + 2);
        AtomicLong baseline = new AtomicLong(-1);
        AtomicLong shown = new AtomicLong(0);
        AtomicLong deltas = new AtomicLong();
        Disposable feed = requester
                .route("kpi.feed.queue:" + QUEUE)
                .retrieveFlux(JsonNode.class)
                .subscribe(message -> {
                    long now = System.nanoTime();
                    JsonNode offered = message.path("values").path("windows.today.offered");
                    if (offered.isMissingNode() || offered.isNull()) {
                        return;
                    }
                    long value = offered.asLong();
                    if (baseline.get() < 0) {
                        baseline.set(value);
                        shown.set(0);
                        return;
                    }
                    deltas.incrementAndGet();
                    long upTo = Math.min(value - baseline.get(), queuedTotal);
                    for (long i = shown.get() + 1; i <= upTo; i++) {
                        seenAt.set((int) i, now);
                    }
                    shown.set(Math.max(shown.get(), upTo));
                });
        while (baseline.get() < 0) {
            Thread.sleep(20);
        }
        double appliedBefore = applied(base);
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long queued = 0;
        UUID previous = null;
        List<RedisFuture<String>> inFlight = new ArrayList<>();
        long firstMeasured = -1;
        double appliedAtMeasure = -1;
        long measureStartNanos = 0;
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                if (wait > 200_000) {
                    Thread.sleep(0, 100_000);
                } else {
                    Thread.onSpinWait();
                }
            }
            if (firstMeasured < 0 && System.nanoTime() >= measureFrom) {
                firstMeasured = queued + 1;
                measureStartNanos = System.nanoTime();
                appliedAtMeasure = applied(base);
            }
            Instant at = Instant.now();
            QueueEvent event;
            switch ((int) (i % 4)) {
                case 0 -> {
                    previous = UUID.randomUUID();
                    event = new ContactQueued(UUID.randomUUID(), at, QUEUE, previous, "B-" + i, 1);
                }
                case 1 -> event = new ContactAnswered(UUID.randomUUID(), at, QUEUE, previous, "bench-agent", 1);
                case 2 ->
                    event = new ContactEnded(UUID.randomUUID(), at, QUEUE, previous, "bench-agent", EndedBy.AGENT, 1);
                default ->
                    event = new AfterContactWorkEnded(
                            UUID.randomUUID(), at, QUEUE, previous, "bench-agent", Disposition.FOLLOW_UP_NEEDED, 1);
            }
            if (event instanceof ContactQueued) {
                queued++;
                sentAt.set((int) queued, System.nanoTime());
            }
            inFlight.add(publish(redis, stream, event));
            if (inFlight.size() >= 1000) {
                for (RedisFuture<String> future : inFlight) {
                    future.get(10, TimeUnit.SECONDS);
                }
                inFlight.clear();
            }
        }
        long producedNanos = System.nanoTime() - measureStartNanos;
        for (RedisFuture<String> future : inFlight) {
            future.get(10, TimeUnit.SECONDS);
        }
        double appliedAtEnd = applied(base);
        long lastQueued = queued;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (shown.get() < lastQueued && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long drainedNanos = System.nanoTime() - measureStartNanos;
        double appliedAfterDrain = applied(base);
        feed.dispose();
        requester.dispose();

        List<Long> latencies = new ArrayList<>();
        long missing = 0;
        for (long i = firstMeasured; i <= lastQueued; i++) {
            long seen = seenAt.get((int) i);
            if (seen == 0) {
                missing++;
            } else {
                latencies.add(seen - sentAt.get((int) i));
            }
        }
        if (System.getenv("FEED_BENCH_TRACE") != null) {
            try (var out = new java.io.PrintWriter(System.getenv("FEED_BENCH_TRACE") + "-" + rate + ".txt")) {
                for (long i = firstMeasured; i <= lastQueued; i++) {
                    out.println((sentAt.get((int) i) - measureStartNanos) / 1_000_000 + " "
                            + (seenAt.get((int) i) - sentAt.get((int) i)) / 1_000_000);
                }
            }
        }
        latencies.sort(null);
        long measuredEvents = (lastQueued - firstMeasured + 1) * 4;
        System.out.printf(
                "%nAt %,d events/s offered (%d s warm-up, %d s measured)%n",
                rate, warmUp.toSeconds(), duration.toSeconds());
        System.out.printf(
                "  %-34s %,.0f events/s (%,d events in %.1f s)%n",
                "sent by the benchmark", measuredEvents / (producedNanos / 1e9), measuredEvents, producedNanos / 1e9);
        System.out.printf(
                "  %-34s %,.0f events/s while sending; %,.0f events/s until the last was shown%n",
                "applied by kpi-stream",
                (appliedAtEnd - appliedAtMeasure) / (producedNanos / 1e9),
                (appliedAfterDrain - appliedAtMeasure) / (drainedNanos / 1e9));
        System.out.printf(
                "  %-34s %,d deltas; every queued event shown: %s%n",
                "feed", deltas.get(), missing == 0 ? "yes" : "no, " + missing + " not within 120 s");
        System.out.printf(
                "  %-34s %s (%,d queued events)%n",
                "XADD to delta at the subscriber", percentiles(latencies), latencies.size());
        System.out.printf("  %-34s %,.0f before the run%n", "entries applied (counter)", appliedBefore);
    }

    private static RedisFuture<String> publish(RedisAsyncCommands<String, String> redis, String stream, QueueEvent e) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode tree = JSON.valueToTree(e);
        fields.put("eventId", e.eventId().toString());
        fields.put("type", tree.get("type").asString());
        fields.put("payload", JSON.writeValueAsString(e));
        return redis.xadd(stream, fields);
    }

    private static double applied(String base) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        double sum = 0;
        Matcher matcher = ENTRIES.matcher(response.body());
        while (matcher.find()) {
            sum += Double.parseDouble(matcher.group(2));
        }
        return sum;
    }

    private static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "no samples";
        }
        return String.format(
                "p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms",
                at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static Duration seconds(String text) {
        return Duration.ofSeconds(Long.parseLong(text.replaceAll("s$", "")));
    }

    private static void printMachine(String base, List<Integer> rates, Duration duration, Duration warmUp) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        System.out.println("TrialLine kpi-stream feed benchmark");
        System.out.printf("  %-34s %s%n", "started", Instant.now());
        System.out.printf(
                "  %-34s %d cores, %s %s, load average %.2f%n",
                "machine", os.getAvailableProcessors(), os.getName(), os.getVersion(), os.getSystemLoadAverage());
        System.out.printf(
                "  %-34s %s (%s)%n", "java", System.getProperty("java.version"), System.getProperty("java.vm.name"));
        System.out.printf(
                "  %-34s %s; rates %s events/s; %d s warm-up, %d s measured each%n",
                "service", base, rates, warmUp.toSeconds(), duration.toSeconds());
    }
}
