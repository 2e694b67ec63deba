package org.trialline.kpi.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.trialline.kpi.feed.FeedMessage.Alert;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.test.StepVerifier;

/** One client of a feed, on a clock of the test's own, without Redis. */
class SubscriberTest {

    private static final Duration LAG_LIMIT = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(100);

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicReference<Subscriber> subscriber = new AtomicReference<>();

    private Flux<FeedMessage> feed() {
        return Flux.create(
                sink -> {
                    Subscriber one = new Subscriber("queue:GOLD", sink, LAG_LIMIT, now::get);
                    subscriber.set(one);
                    sink.onRequest(n -> one.drain());
                },
                FluxSink.OverflowStrategy.ERROR);
    }

    private Subscriber client() {
        return subscriber.get();
    }

    private static Map<String, Object> board(int waiting, int offered) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("waiting", waiting);
        values.put("windows.today.offered", offered);
        values.put("windows.today.abandoned", 2);
        return values;
    }

    private static Alert alert(int number) {
        return new Alert("queue:GOLD", "oldestWait", "OK", "WARN", (double) number, "2026-03-10T09:07:31Z");
    }

    private void snapshotTaken() {
        client().snapshot(1, board(0, 4));
        client().drain();
    }

    @Test
    void changesTheClientHasNotTakenShouldBeHeldAsTheLatestValuePerKey() {
        StepVerifier.create(feed(), 1)
                .then(this::snapshotTaken)
                .assertNext(snapshot -> assertThat(snapshot.kind()).isEqualTo(FeedMessage.SNAPSHOT))
                .then(() -> {
                    client().changed(2, board(1, 5), Map.of(), Set.of());
                    client().changed(3, board(0, 5), Map.of("waiting", 0), Set.of());
                    client().changed(4, board(2, 6), Map.of("waiting", 2, "windows.today.offered", 6), Set.of());
                    client().drain();
                    assertThat(client().held()).isEqualTo(2);
                })
                .thenRequest(1)
                .assertNext(delta -> {
                    assertThat(delta.kind()).isEqualTo(FeedMessage.DELTA);
                    assertThat(delta.version()).isEqualTo(4);
                    assertThat(delta.values())
                            .containsOnly(Map.entry("waiting", 2), Map.entry("windows.today.offered", 6));
                    assertThat(delta.removed()).isNull();
                })
                .then(() -> assertThat(client().held()).isZero())
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aKeyThatWentAwayShouldBeListedAsRemovedUntilItComesBack() {
        Map<String, Object> withAgent = board(0, 4);
        withAgent.put("agents.a1.state", "AVAILABLE");

        StepVerifier.create(feed(), 1)
                .then(() -> {
                    client().snapshot(1, withAgent);
                    client().drain();
                })
                .assertNext(snapshot -> assertThat(snapshot.values()).containsEntry("agents.a1.state", "AVAILABLE"))
                .then(() -> client().changed(2, board(0, 4), Map.of(), Set.of()))
                .thenRequest(1)
                .assertNext(delta -> {
                    assertThat(delta.values()).isEmpty();
                    assertThat(delta.removed()).containsExactly("agents.a1.state");
                })
                .then(() -> {
                    client().changed(3, board(0, 4), Map.of(), Set.of("windows.today.abandoned"));
                    client().changed(4, board(0, 4), Map.of("windows.today.abandoned", 3), Set.of());
                })
                .thenRequest(1)
                .assertNext(delta -> {
                    assertThat(delta.values()).containsOnly(Map.entry("windows.today.abandoned", 3));
                    assertThat(delta.removed()).isNull();
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aClientThatTakesNothingShouldKeepTheLatestAlertsOnly() {
        StepVerifier.create(feed(), 1)
                .then(this::snapshotTaken)
                .expectNextCount(1)
                .then(() -> {
                    for (int number = 1; number <= Subscriber.ALERTS_KEPT + 10; number++) {
                        client().alert(alert(number));
                    }
                    assertThat(client().held()).isEqualTo(Subscriber.ALERTS_KEPT);
                })
                .thenRequest(1)
                .assertNext(message -> {
                    assertThat(message.kind()).isEqualTo(FeedMessage.ALERT);
                    // the ten oldest made room
                    assertThat(message.alert().value()).isEqualTo(11.0);
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aClientThatTookNothingForLongerThanTheLagLimitShouldBeClosed() {
        StepVerifier.create(feed(), 1)
                .then(this::snapshotTaken)
                .expectNextCount(1)
                .then(() -> {
                    client().changed(2, board(1, 5), Map.of(), Set.of());
                    now.addAndGet(LAG_LIMIT.toMillis());
                    client().drain();
                })
                // exactly the lag limit is not more than it
                .expectNoEvent(QUIET)
                .then(() -> {
                    now.incrementAndGet();
                    client().drain();
                })
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(LaggingClientException.class)
                        .hasMessageContaining("queue:GOLD")
                        .hasMessageContaining("30 s"))
                .verify(WAIT);
    }

    @Test
    void aClientThatHasNothingWaitingShouldNotBeClosedHoweverLongItIsQuiet() {
        StepVerifier.create(feed(), 1)
                .then(this::snapshotTaken)
                .expectNextCount(1)
                .then(() -> {
                    now.addAndGet(10 * LAG_LIMIT.toMillis());
                    client().drain();
                })
                .expectNoEvent(QUIET)
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void anAlertBeforeTheSnapshotShouldWaitForIt() {
        StepVerifier.create(feed(), 1)
                .then(() -> {
                    client().alert(alert(1));
                    client().drain();
                })
                .expectNoEvent(QUIET)
                .then(this::snapshotTaken)
                .assertNext(snapshot -> {
                    assertThat(snapshot.kind()).isEqualTo(FeedMessage.SNAPSHOT);
                    assertThat(snapshot.values()).isEqualTo(board(0, 4));
                })
                .thenRequest(1)
                .assertNext(message -> assertThat(message.kind()).isEqualTo(FeedMessage.ALERT))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aClientThatAsksForMoreWhileTakingAMessageShouldGetItOnce() {
        // limitRate(1) asks for the next message from within the one it is handed, as many clients do
        StepVerifier.create(feed().limitRate(1))
                .then(this::snapshotTaken)
                .assertNext(snapshot -> assertThat(snapshot.kind()).isEqualTo(FeedMessage.SNAPSHOT))
                .expectNoEvent(QUIET)
                .then(() -> {
                    client().changed(2, board(1, 5), Map.of(), Set.of());
                    client().drain();
                })
                .assertNext(delta -> assertThat(delta.values())
                        .containsOnly(Map.entry("waiting", 1), Map.entry("windows.today.offered", 5)))
                .expectNoEvent(QUIET)
                .thenCancel()
                .verify(WAIT);
    }
}
