package org.trialline.queue.routing;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trialline.queue.switchboard.Changes;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the router whenever a change is committed here and at a steady interval, so that contacts and agents restored
 * from PostgreSQL after a restart, or changed by another instance, are matched too.
 */
@Component
class RoutingLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RoutingLoop.class);

    private final QueueRouter router;
    private final Changes changes;
    private final RoutingProperties properties;
    private volatile Disposable loop;
    private volatile boolean ready;
    private volatile boolean active;

    RoutingLoop(QueueRouter router, Changes changes, RoutingProperties properties) {
        this.router = router;
        this.changes = changes;
        this.properties = properties;
    }

    // the loop waits for the application to be ready; a context stopped and started again resumes it
    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
        start();
    }

    // a failed pass is retried by the next tick; the contacts wait meanwhile, which is why this logs at ERROR
    private Mono<Integer> degraded(Throwable failure) {
        log.error("Routing pass failed; contacts wait until the next pass", failure);
        return Mono.just(0);
    }

    // stopping only stops new rounds: cancelling one mid-way would leave its transaction, and the lock it holds, open
    @Override
    public synchronized void start() {
        if (ready && properties.enabled()) {
            active = true;
            if (loop == null) {
                loop = Flux.merge(Flux.interval(properties.interval()), changes.committedChanges())
                        .onBackpressureLatest()
                        .filter(tick -> active)
                        .concatMap(
                                tick -> router.expireOffers()
                                        .then(router.route())
                                        .onErrorResume(this::degraded),
                                1)
                        .subscribe();
            }
        }
    }

    @Override
    public void stop() {
        active = false;
    }

    @Override
    public boolean isRunning() {
        return active;
    }

    @PreDestroy
    void close() {
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
    }
}
