package org.trialline.kpi.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.CentreEvents;
import org.trialline.kpi.GoldenDay;
import org.trialline.kpi.view.Group;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** A wallboard that stops reading: the server keeps one value per key for it, then lets it go. */
class LaggingClientTest extends FeedTest {

    private static final Duration LAG_LIMIT = Duration.ofSeconds(2);
    private static final int ENTERING = 2_000;
    private static final Duration APPLYING = Duration.ofSeconds(60);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    @DynamicPropertySource
    static void shortLagLimit(DynamicPropertyRegistry registry) {
        registry.add("trialline.kpi.lag-limit", LAG_LIMIT::toString);
    }

    @Test
    void aClientThatNeverReadsShouldBeHeldOneValuePerKeyThenClosed() {
        CentreEvents centre = GoldenDay.centre();
        int morning = centre.events().size();
        // 2,000 more callers for GOLD, one every 10 ms from 09:08:00
        LocalTime first = LocalTime.of(9, 8);
        for (int i = 0; i < ENTERING; i++) {
            centre.queued(
                    GoldenDay.GOLD, "w" + i, first.plusNanos(i * 10_000_000L).format(TIME), null);
        }
        List<QueueEvent> events = centre.events();
        applyInOrder(events.subList(0, morning));
        List<QueueEvent> callers = events.subList(morning, events.size());
        Group gold = Group.queue(GoldenDay.GOLD);
        AtomicInteger keys = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        AtomicLong changesFrom = new AtomicLong();
        AtomicLong closedAt = new AtomicLong();

        StepVerifier.create(feed(GOLD).doOnError(error -> closedAt.set(System.nanoTime())), 1)
                .assertNext(snapshot -> {
                    assertThat(snapshot.kind()).isEqualTo(FeedMessage.SNAPSHOT);
                    keys.set(snapshot.values().size());
                })
                .then(() -> {
                    changesFrom.set(System.nanoTime());
                    StepVerifier.create(Flux.fromIterable(callers)
                                    .concatMap(store::apply)
                                    .doOnNext(applied -> mostHeld.accumulateAndGet(hub.held(gold), Math::max)))
                            .expectNextCount(ENTERING)
                            .expectComplete()
                            // 2,000 writes to Redis: seconds alone, far longer on a machine busy with other builds
                            .verify(APPLYING);
                })
                .expectErrorSatisfies(error -> {
                    // the lag limit counts from the first change it left waiting, a little after the first caller
                    Duration open = Duration.ofNanos(closedAt.get() - changesFrom.get());
                    assertThat(open).isGreaterThan(LAG_LIMIT).isLessThan(LAG_LIMIT.multipliedBy(3));
                    assertThat(error)
                            .hasMessageContaining("closed the feed of queue:GOLD")
                            .hasMessageContaining("took nothing for more than 2 s");
                })
                .verify(APPLYING.plus(WAIT));

        // it was held something, but never more than one snapshot's worth, whatever the number of changes
        assertThat(mostHeld.get()).isPositive().isLessThan(keys.get());
        assertThat(hub.held(gold)).isZero();
    }
}
