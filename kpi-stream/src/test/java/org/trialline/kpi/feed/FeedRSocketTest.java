package org.trialline.kpi.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rsocket.exceptions.ApplicationErrorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.trialline.events.QueueEvent;
import org.trialline.events.ServiceLevelVariant;
import org.trialline.kpi.CentreEvents;
import org.trialline.kpi.GoldenDay;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The wallboard feed over RSocket, against the morning of {@link GoldenDay}. */
class FeedRSocketTest extends FeedTest {

    private static final String C8 = CentreEvents.contact("c8").toString();

    @Test
    void aSubscriberShouldGetTheSnapshotThenOnlyTheKeysThatChanged() {
        List<QueueEvent> morning = GoldenDay.events();
        int c4 = firstEventOf(morning, "c4");
        applyInOrder(morning.subList(0, c4));
        Map<String, Object> board = new HashMap<>();
        List<FeedMessage> deltas = new ArrayList<>();
        AtomicLong snapshotVersion = new AtomicLong();
        Flux<FeedMessage> untilC8Waits = feed(GOLD)
                .filter(message -> !message.kind().equals(FeedMessage.ALERT))
                .doOnNext(message -> {
                    if (message.kind().equals(FeedMessage.DELTA)) {
                        assertOnlyChanges(board, message);
                    }
                    board.putAll(message.values());
                })
                .takeUntil(message -> c8IsTheOneWaiting(board));

        StepVerifier.create(untilC8Waits)
                .assertNext(snapshot -> {
                    assertThat(snapshot.kind()).isEqualTo(FeedMessage.SNAPSHOT);
                    assertThat(snapshot.group()).isEqualTo(GOLD);
                    assertThat(snapshot.removed()).isNull();
                    snapshotVersion.set(snapshot.version());
                    // c0 to c3 by 09:01:21: c0 answered, c1 a short abandon, c2 and c3 abandoned, nobody waiting
                    assertThat(snapshot.values())
                            .containsEntry("asOf", "2026-03-10T09:01:21Z")
                            .containsEntry("waiting", 0)
                            .containsEntry("oldestWaitSeconds", null)
                            .containsEntry("windows.today.offered", 4)
                            .containsEntry("windows.today.answered", 1)
                            .containsEntry("windows.today.abandoned", 2)
                            .containsEntry("windows.today.shortAbandoned", 1)
                            .containsEntry("windows.15m.offered", 3)
                            .containsEntry("agents.a1.state", "AVAILABLE")
                            .containsEntry("status.abandonmentRate", "ALERT")
                            .containsEntry("status.oldestWait", "OK");
                    // 2 abandoned of 4 - 1 short abandon; 1 within T of 1 answered + 1 abandoned after T
                    assertThat((Double) snapshot.values().get("windows.today.abandonmentRate"))
                            .isCloseTo(2.0 / 3, within(GoldenDay.EPSILON));
                    assertThat((Double) snapshot.values().get("windows.today.serviceLevelStandard"))
                            .isCloseTo(0.5, within(GoldenDay.EPSILON));
                })
                .then(() -> applyInOrder(morning.subList(c4, morning.size())))
                .thenConsumeWhile(message -> true, deltas::add)
                .expectComplete()
                .verify(WAIT);

        assertThat(deltas).isNotEmpty().allSatisfy(delta -> {
            assertThat(delta.group()).isEqualTo(GOLD);
            assertThat(delta.removed()).isNull();
            // c4 to c8 abandon nothing and the day, names and thresholds stay as they were
            assertThat(delta.values())
                    .doesNotContainKeys(
                            "windows.today.abandoned",
                            "windows.today.shortAbandoned",
                            "windows.today.from",
                            "agents.a1.name",
                            "queues",
                            "thresholds.abandonmentAlert");
        });
        assertThat(deltas.get(deltas.size() - 1).version()).isGreaterThan(snapshotVersion.get());
        // the whole morning: c8 waits since 09:06:00, 91 s before the clock; 9 offered, 4 answered
        assertThat(board)
                .containsEntry("asOf", "2026-03-10T09:07:31Z")
                .containsEntry("waiting", 1)
                .containsEntry("oldestWaitSeconds", 91.0)
                .containsEntry("windows.today.offered", 9)
                .containsEntry("windows.today.answered", 4)
                .containsEntry("windows.today.abandonmentRate", 0.25)
                .containsEntry("windows.15m.offered", 8)
                .containsEntry("agents.a2.state", "AVAILABLE")
                .containsEntry("status.oldestWait", "WARN");
    }

    // a delta carries a key only when its value differs from what the client holds; versions never go back
    private static void assertOnlyChanges(Map<String, Object> board, FeedMessage delta) {
        assertThat(delta.version()).isGreaterThanOrEqualTo(((Number) board.get("version")).longValue());
        delta.values().forEach((key, value) -> {
            if (!key.equals("version")) {
                assertThat(board.containsKey(key) && Objects.equals(board.get(key), value))
                        .as("%s sent again as %s", key, value)
                        .isFalse();
            }
        });
    }

    private static boolean c8IsTheOneWaiting(Map<String, Object> board) {
        return board.get("longestWaiting") instanceof List<?> waiting
                && waiting.size() == 1
                && waiting.get(0) instanceof Map<?, ?> contact
                && C8.equals(contact.get("contactId"));
    }

    @Test
    void aGroupNoQueueBelongsToShouldGetAnErrorNamingIt() {
        applyInOrder(GoldenDay.events());

        StepVerifier.create(feed("trial:NOPE"))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(ApplicationErrorException.class)
                        .hasMessageContaining("trial:NOPE"))
                .verify(WAIT);
    }

    @Test
    void aMalformedGroupShouldGetAnErrorNamingIt() {
        applyInOrder(GoldenDay.events());

        StepVerifier.create(feed("bogus"))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(ApplicationErrorException.class)
                        .hasMessageContaining("'bogus'"))
                .verify(WAIT);
    }

    @Test
    void aRouteWithoutAGroupShouldGetAnErrorAskingForOne() {
        StepVerifier.create(feed(""))
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("a group is required"))
                .verify(WAIT);
    }

    @Test
    void aQueueWhoseIdHoldsADotShouldHaveAFeed() {
        CentreEvents lung = new CentreEvents("2026-03-11")
                .queue("LUNG.FR", "LUNG-1", "fr", ServiceLevelVariant.STANDARD)
                .queued("LUNG.FR", "d1", "10:00:00", null);
        applyInOrder(lung.events());

        StepVerifier.create(feed("queue:LUNG.FR"))
                .assertNext(snapshot -> {
                    assertThat(snapshot.group()).isEqualTo("queue:LUNG.FR");
                    assertThat(snapshot.values())
                            .containsEntry("queues", List.of("LUNG.FR"))
                            .containsEntry("waiting", 1);
                })
                .thenCancel()
                .verify(WAIT);
    }
}
