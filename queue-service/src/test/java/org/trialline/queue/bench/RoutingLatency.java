package org.trialline.queue.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How soon the router offers a waiting contact to an available agent. Contacts enter a queue TrialLine routes at a
 * steady rate; the benchmark watches the outbox for offers and has each agent accept, end and wrap up at once, so
 * that agents come back. Each contact's wait is then read from the database's own times.
 */
final class RoutingLatency {

    private static final String CONTACTS = "/api/queue/contacts";
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(10);
    // the service takes an unaccepted offer back after 15 s: a contact not offered and done by then is not coming
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(30);
    private static final int MAX_POSTS_IN_FLIGHT = 256;

    private final Http http;
    private final OutboxReader outbox;
    private final BenchSettings settings;
    private final Report report;
    private final Tally entered = new Tally();
    private final Tally completions = new Tally();
    private final Latencies handling = new Latencies();

    RoutingLatency(Http http, OutboxReader outbox, BenchSettings settings, Report report) {
        this.http = http;
        this.outbox = outbox;
        this.settings = settings;
        this.report = report;
    }

    void run(String queueId, String trial) {
        report.heading("Routing latency (contact.queued to contact.offered, POST " + CONTACTS + ")");
        CentreSetup setup = new CentreSetup(http);
        setup.queue(queueId, trial, "TRIALLINE");
        setup.availableAgents(queueId + "-agent-", trial, settings.routingAgents());
        report.line(
                "setup",
                "queue routed by TRIALLINE, %d available agents, %d contacts/s for %d s",
                settings.routingAgents(),
                settings.routingRate(),
                settings.routingDuration().toSeconds());

        try (OfferWatcher watcher = new OfferWatcher(queueId)) {
            CompletableFuture<String> cpuWhileEntering =
                    new CpuUse(http).during(Window.afterWarmUp(Duration.ZERO, settings.routingDuration()));
            enterContacts(queueId);
            awaitCompletions();
            report.line("CPU while entering", cpuWhileEntering.join());
        }
        reportTimes(outbox.routingTimes(queueId));
    }

    private void enterContacts(String queueId) {
        long total = settings.routingRate() * settings.routingDuration().toMillis() / 1000;
        Duration period = Duration.ofNanos(1_000_000_000L / settings.routingRate());
        Flux.interval(period)
                .take(total)
                .onBackpressureBuffer()
                .flatMap(
                        n -> http.post(CONTACTS, Map.of("queueId", queueId, "patientReference", "bench-" + n)),
                        MAX_POSTS_IN_FLIGHT)
                .doOnNext(answer -> entered.add(answer.kind()))
                .blockLast();
    }

    private void awaitCompletions() {
        long deadline = System.nanoTime() + SETTLE_LIMIT.toNanos();
        while (completions.total() < entered.total(Answers::successful) && System.nanoTime() < deadline) {
            EventIngestion.pause(Duration.ofMillis(50));
        }
    }

    private void reportTimes(List<OutboxReader.RoutingTime> times) {
        Latencies byDatabase = new Latencies();
        Latencies byServiceClock = new Latencies();
        times.stream()
                .map(OutboxReader.RoutingTime::byDatabase)
                .filter(Objects::nonNull)
                .forEach(byDatabase::add);
        times.stream()
                .map(OutboxReader.RoutingTime::byServiceClock)
                .filter(Objects::nonNull)
                .forEach(byServiceClock::add);

        long accepted = entered.total(Answers::successful);
        report.line("contacts entered", "%d accepted of %d posted (%s)", accepted, entered.total(), entered);
        report.line("offered", "%d of the %d contacts in the queue", byDatabase.count(), times.size());
        report.line("completed", "%s (accept, end, wrap-up by the offered agent)", completions);
        // an agent is busy for this long per contact: rate x this above the agents means contacts wait for agents
        report.line("agent busy per contact", "%s (offer seen to wrap-up answered)", handling.summary());
        report.line("queued to offered", byDatabase.summary());
        report.line("", "by queue.outbox created_at: now() of each writing transaction, i.e. its start");
        report.line("same, by occurredAt", byServiceClock.summary());
        report.line("", "by the service's clock when it made each event, read from the payloads");
    }

    private Mono<Http.Answer> complete(OutboxReader.Offer offer) {
        String contact = CONTACTS + "/" + offer.contactId();
        return Http.inOrder(List.of(
                () -> http.post(contact + "/accept", Map.of("agentId", offer.agentId())),
                () -> http.post(contact + "/end", Map.of("endedBy", "AGENT")),
                () -> http.post(contact + "/wrap-up", Map.of("disposition", "RESOLVED_FIRST_CONTACT"))));
    }

    /**
     * Tails the outbox for the router's offers on one queue and has each offered agent complete the contact. Tailing
     * by id misses nothing here: offers are written only by routing passes, which run one at a time and commit in
     * order, so a later offer always has a higher id.
     */
    private final class OfferWatcher implements AutoCloseable {

        private final String queueId;
        private final OutboxReader tail = new OutboxReader(settings.database());
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private long lastId;

        OfferWatcher(String queueId) {
            this.queueId = queueId;
            this.lastId = tail.lastId();
            clock.scheduleWithFixedDelay(this::look, 0, WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }

        // an exception would silently end the schedule, so a failed look is counted and the next one tries again
        private void look() {
            try {
                for (OutboxReader.Offer offer : tail.offersAfter(lastId, queueId)) {
                    lastId = offer.id();
                    long seen = System.nanoTime();
                    complete(offer).subscribe(answer -> {
                        handling.add((System.nanoTime() - seen) / 1e6);
                        completions.add(answer.ok() ? "done" : answer.kind());
                    });
                }
            } catch (RuntimeException failure) {
                completions.add("watcher failed: " + failure.getMessage());
            }
        }

        @Override
        public void close() {
            clock.shutdownNow();
            try {
                clock.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            tail.close();
        }
    }
}
