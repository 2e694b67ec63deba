package org.trialline.kpi.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.trialline.kpi.view.Figures;
import org.trialline.kpi.view.Group;
import org.trialline.kpi.view.Snapshot;
import org.trialline.kpi.view.Snapshots;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Gauges of every queue's live state, read from the shared state in Redis every few seconds: every instance reports
 * the same values, so a dashboard takes the maximum (or any one) rather than the sum.
 */
@Component
public class QueueMeters implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueMeters.class);

    private final Snapshots snapshots;
    private final Duration every;
    private final MultiGauge waiting;
    private final MultiGauge oldestWait;
    private final MultiGauge queueAgents;
    private final MultiGauge agents;
    private final MultiGauge serviceLevel;
    private final MultiGauge serviceLevelTarget;
    private final MultiGauge abandonmentRate;
    private volatile boolean running;
    private Disposable refreshing;

    QueueMeters(
            Snapshots snapshots, MeterRegistry registry, @Value("${trialline.kpi.meters-every:5s}") Duration every) {
        this.snapshots = snapshots;
        this.every = every;
        this.waiting = MultiGauge.builder("trialline.queue.waiting")
                .description("Contacts waiting in the queue")
                .register(registry);
        this.oldestWait = MultiGauge.builder("trialline.queue.oldest.wait")
                .description("Wait of the longest-waiting contact, to the stream's clock")
                .baseUnit("seconds")
                .register(registry);
        this.queueAgents = MultiGauge.builder("trialline.queue.agents")
                .description("Agents who serve the queue, by state")
                .register(registry);
        this.agents = MultiGauge.builder("trialline.agents")
                .description("Agents of the centre by state, each counted once")
                .register(registry);
        this.serviceLevel = MultiGauge.builder("trialline.queue.service.level")
                .description("Today's service level by the queue's variant, 0 to 1; absent before the first answer")
                .register(registry);
        this.serviceLevelTarget = MultiGauge.builder("trialline.queue.service.level.target")
                .description("The service level the queue aims for, 0 to 1")
                .register(registry);
        this.abandonmentRate = MultiGauge.builder("trialline.queue.abandonment.rate")
                .description("Today's abandonment rate, short abandons left out, 0 to 1")
                .register(registry);
    }

    @Override
    public void start() {
        running = true;
        refreshing = Flux.interval(Duration.ZERO, every)
                .onBackpressureDrop()
                .concatMap(tick -> refresh().onErrorResume(ex -> {
                    log.debug("Refreshing the queue gauges failed: {}", ex.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        running = false;
        if (refreshing != null) {
            refreshing.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    Mono<Void> refresh() {
        Mono<Snapshot> centre = snapshots
                .read(Group.ALL)
                .doOnNext(all -> agents.register(
                        all.agentsByState().entrySet().stream()
                                .map(state -> MultiGauge.Row.of(Tags.of("state", state.getKey()), state.getValue()))
                                .toList(),
                        true));
        Mono<List<Snapshot>> queues = snapshots
                .groups()
                .flatMapMany(Flux::fromIterable)
                .filter(group -> group.startsWith("queue:"))
                .concatMap(group -> snapshots.read(Group.parse(group)))
                .collectList()
                .doOnNext(this::register);
        return Mono.when(centre, queues);
    }

    private void register(List<Snapshot> queues) {
        List<MultiGauge.Row<?>> waitingRows = new ArrayList<>();
        List<MultiGauge.Row<?>> oldestRows = new ArrayList<>();
        List<MultiGauge.Row<?>> agentRows = new ArrayList<>();
        List<MultiGauge.Row<?>> levelRows = new ArrayList<>();
        List<MultiGauge.Row<?>> targetRows = new ArrayList<>();
        List<MultiGauge.Row<?>> abandonRows = new ArrayList<>();
        for (Snapshot snapshot : queues) {
            String queue = snapshot.queues().get(0);
            Tags tags = Tags.of("queue", queue);
            waitingRows.add(MultiGauge.Row.of(tags, snapshot.waiting()));
            oldestRows.add(
                    MultiGauge.Row.of(tags, snapshot.oldestWaitSeconds() == null ? 0 : snapshot.oldestWaitSeconds()));
            snapshot.agentsByState()
                    .forEach((state, count) -> agentRows.add(MultiGauge.Row.of(tags.and("state", state), count)));
            Figures today = snapshot.windows().get("today");
            if (today.serviceLevel() != null) {
                levelRows.add(MultiGauge.Row.of(tags, today.serviceLevel()));
            }
            if (today.abandonmentRate() != null) {
                abandonRows.add(MultiGauge.Row.of(tags, today.abandonmentRate()));
            }
            if (snapshot.serviceLevelTarget() != null) {
                targetRows.add(MultiGauge.Row.of(tags, snapshot.serviceLevelTarget()));
            }
        }
        waiting.register(waitingRows, true);
        oldestWait.register(oldestRows, true);
        queueAgents.register(agentRows, true);
        serviceLevel.register(levelRows, true);
        serviceLevelTarget.register(targetRows, true);
        abandonmentRate.register(abandonRows, true);
    }
}
