package org.trialline.queue.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.trialline.events.QueueEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sustained ingestion of telephony events on a queue the phone system routes, so that the router stays out of it:
 * whole contact lifecycles, first one event per request, then in batch requests.
 */
final class EventIngestion {

    private static final String ONE_EVENT = "/api/queue/events";
    private static final String BATCH = "/api/queue/events/batch";
    // the relay publishes what a phase left in the outbox before the next phase starts, so phases do not overlap
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(3);

    private final Http http;
    private final CentreSetup setup;
    private final OutboxReader outbox;
    private final BenchSettings settings;
    private final Report report;
    private final String queueId;
    private final AgentPool agents;
    private final int agentCount;
    private final LongAdder agentResets = new LongAdder();
    private final CpuUse cpu;

    EventIngestion(
            Http http,
            OutboxReader outbox,
            BenchSettings settings,
            Report report,
            String queueId,
            List<String> agentIds) {
        this.http = http;
        this.setup = new CentreSetup(http);
        this.outbox = outbox;
        this.settings = settings;
        this.report = report;
        this.queueId = queueId;
        this.agents = new AgentPool(agentIds);
        this.agentCount = agentIds.size();
        this.cpu = new CpuUse(http);
    }

    /** What the batch endpoint answers for each event. */
    record BatchResult(UUID eventId, String outcome, Problem problem) {

        String kind() {
            return outcome != null ? outcome : "refused " + (problem == null ? "?" : problem.status());
        }
    }

    record Problem(int status, String detail) {}

    void oneEventPerRequest() {
        report.heading("Ingestion, one event per request (POST " + ONE_EVENT + ")");
        Answers answers = new Answers(Window.afterWarmUp(settings.warmUp(), settings.measured()));
        describeWindow(answers.window(), settings.inFlight() + " lifecycles in flight");

        inFlight(() -> lifecycle(answers), answers.window());

        Tally inWindow = answers.inWindow();
        report.line("events sent", "%d (answered inside the window)", inWindow.total());
        report.line(
                "events/s",
                "%.1f (2xx answers inside the window)",
                perSecond(inWindow.total(Answers::successful), answers));
        report.line("latency per event", answers.latencies().summary());
        reportRefusals(answers);
        settle();
    }

    void batches() {
        report.heading("Ingestion, batches (POST " + BATCH + ")");
        Answers answers = new Answers(Window.afterWarmUp(settings.warmUp(), settings.measured()));
        describeWindow(answers.window(), settings.inFlight() + " batches in flight");
        int lifecycles = settings.lifecyclesPerBatch();
        report.line("batch", "%d events: %d lifecycles of 4, one agent each batch", lifecycles * 4, lifecycles);
        Tally events = new Tally();

        inFlight(() -> batch(answers, events), answers.window());

        report.line(
                "batches answered", "%d inside the window", answers.inWindow().total());
        report.line("events sent", "%d (in batches answered inside the window)", events.total());
        report.line(
                "events/s", "%.1f (applied inside the window)", perSecond(events.total("APPLIED"::equals), answers));
        report.line("event outcomes", events.toString());
        report.line("latency per batch", answers.latencies().summary());
        reportRefusals(answers);
        settle();
    }

    private void describeWindow(Window window, String inFlight) {
        report.line(
                "window",
                "%.0f s measured after %d s warm-up; %s; %d agents",
                window.seconds(),
                settings.warmUp().toSeconds(),
                inFlight,
                agentCount);
    }

    // each worker starts its next lifecycle (or batch) as soon as the last one is done, until the window closes
    private void inFlight(Supplier<Mono<Void>> work, Window window) {
        CompletableFuture<String> cpuInWindow = cpu.during(window);
        Flux.range(0, settings.inFlight())
                .flatMap(worker -> Mono.defer(work).repeat(window::open), settings.inFlight())
                .blockLast();
        report.line("CPU in the window", cpuInWindow.join());
    }

    private Mono<Void> lifecycle(Answers answers) {
        String agent = agents.take();
        List<Supplier<Mono<Http.Answer>>> requests = new Lifecycle(queueId, agent)
                .events().stream()
                        .<Supplier<Mono<Http.Answer>>>map(event -> () -> send(event.get(), answers))
                        .toList();
        return Http.inOrder(requests)
                .flatMap(last -> last.ok() ? Mono.<Http.Answer>empty() : recover(agent))
                .doFinally(signal -> agents.giveBack(agent))
                .then();
    }

    private Mono<Http.Answer> send(QueueEvent event, Answers answers) {
        String body = http.json(event);
        long start = System.nanoTime();
        return http.postJson(ONE_EVENT, body).doOnNext(answer -> {
            answers.record(start, answer);
            if (!answer.ok()) {
                answers.refused(answer.kind() + " " + answer.body());
            }
        });
    }

    private Mono<Void> batch(Answers answers, Tally events) {
        String agent = agents.take();
        List<QueueEvent> batch = new ArrayList<>();
        for (int n = 0; n < settings.lifecyclesPerBatch(); n++) {
            new Lifecycle(queueId, agent).events().forEach(event -> batch.add(event.get()));
        }
        String body = http.jsonArray(batch);
        long start = System.nanoTime();
        return http.postJson(BATCH, body)
                .flatMap(answer -> {
                    List<String> outcomes = outcomes(answer, answers);
                    if (answers.record(start, answer)) {
                        outcomes.forEach(events::add);
                    }
                    boolean applied = answer.ok() && outcomes.stream().allMatch("APPLIED"::equals);
                    return applied ? Mono.<Http.Answer>empty() : recover(agent);
                })
                .doFinally(signal -> agents.giveBack(agent))
                .then();
    }

    private List<String> outcomes(Http.Answer answer, Answers answers) {
        if (!answer.ok()) {
            answers.refused(answer.kind() + " " + answer.body());
            return List.of();
        }
        List<BatchResult> results = List.of(http.read(answer.body(), BatchResult[].class));
        results.stream()
                .filter(result -> result.problem() != null)
                .forEach(result ->
                        answers.refused(result.kind() + " " + result.problem().detail()));
        return results.stream().map(BatchResult::kind).toList();
    }

    // a lifecycle cut short leaves its agent on the contact, and the next one given that agent would be refused too
    private Mono<Http.Answer> recover(String agent) {
        agentResets.increment();
        return setup.makeAvailable(agent);
    }

    private void reportRefusals(Answers answers) {
        Tally inWindow = answers.inWindow();
        report.line("non-2xx answers", "%d (%s)", inWindow.total(kind -> !Answers.successful(kind)), inWindow);
        report.line(
                "answers outside window", "%s (warm-up, and requests in flight at the end)", answers.outsideWindow());
        report.line("first refusal", answers.firstRefusal());
        report.line(
                "agents reset", "%d (after a refused event left an agent on a contact)", agentResets.sumThenReset());
    }

    private void settle() {
        long unpublished = outbox.unpublished();
        long start = System.nanoTime();
        long left = unpublished;
        while (left > 0 && System.nanoTime() - start < DRAIN_LIMIT.toNanos()) {
            pause(Duration.ofMillis(200));
            left = outbox.unpublished();
        }
        double took = (System.nanoTime() - start) / 1e9;
        String after = left == 0
                ? String.format(Locale.ROOT, "all published %.1f s later", took)
                : String.format(Locale.ROOT, "still %d unpublished after %.0f s", left, took);
        report.line("outbox after the phase", "%d events unpublished when the phase ended; %s", unpublished, after);
    }

    private static double perSecond(long count, Answers answers) {
        return count / answers.window().seconds();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }
}
