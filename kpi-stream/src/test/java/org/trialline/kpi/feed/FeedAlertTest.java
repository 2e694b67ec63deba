package org.trialline.kpi.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.GoldenDay;
import org.trialline.kpi.config.KpiProperties.Thresholds;
import org.trialline.kpi.feed.FeedMessage.Alert;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Threshold crossings on the feed: announced once, to every subscriber of the group. */
class FeedAlertTest extends FeedTest {

    // only abandonment can cross: service level is never under 0, no wait is over a day
    private static final Thresholds ABANDONMENT_ONLY = new Thresholds(0, 0, 86_400, 86_400, 0.3, 0.3);
    private static final Thresholds LENIENT = new Thresholds(0.5, 0.4, 100, 200, 0.3, 0.4);
    private static final Duration QUIET = Duration.ofSeconds(1);

    private record Seen(String client, FeedMessage message) {}

    private Flux<Seen> feedOf(String client) {
        return feed(GOLD).map(message -> new Seen(client, message));
    }

    private void putThresholds(Thresholds thresholds) {
        web.put()
                .uri("/api/kpi/queues/{queueId}/thresholds", GoldenDay.GOLD)
                .bodyValue(thresholds)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aCrossingShouldBeAnnouncedOnceToEachSubscriber() {
        List<QueueEvent> morning = GoldenDay.events();
        int c2 = firstEventOf(morning, "c2");
        applyInOrder(morning.subList(0, c2));
        putThresholds(ABANDONMENT_ONLY);
        Flux<Seen> both = Flux.merge(feedOf("first"), feedOf("second"))
                .filter(seen -> !seen.message().kind().equals(FeedMessage.DELTA));

        StepVerifier.create(both)
                .recordWith(ArrayList::new)
                .expectNextCount(2)
                .consumeRecordedWith(snapshots -> {
                    assertThat(snapshots)
                            .extracting(Seen::client, seen -> seen.message().kind())
                            .containsExactlyInAnyOrder(
                                    tuple("first", FeedMessage.SNAPSHOT), tuple("second", FeedMessage.SNAPSHOT));
                    // c0 answered, c1 a short abandon: nothing abandoned of 1
                    assertThat(snapshots)
                            .allSatisfy(
                                    snapshot -> assertThat(snapshot.message().values())
                                            .containsEntry("windows.today.abandonmentRate", 0.0)
                                            .containsEntry("status.abandonmentRate", "OK"));
                })
                // c2 abandoned at 09:00:30: 1 of 3 - 1 short abandon is 0.5, over 0.3
                .then(() -> applyInOrder(morning.subList(c2, c2 + 2)))
                .recordWith(ArrayList::new)
                .expectNextCount(2)
                .consumeRecordedWith(alerts -> assertThat(alerts)
                        .extracting(Seen::client, seen -> seen.message().alert())
                        .containsExactlyInAnyOrder(
                                tuple("first", abandonment("OK", "ALERT", 0.5, "09:00:30")),
                                tuple("second", abandonment("OK", "ALERT", 0.5, "09:00:30"))))
                .expectNoEvent(QUIET)
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aGroupAlreadyAlertingWhenFirstWatchedShouldBeAnnouncedAndSoShouldItsReturn() {
        applyInOrder(GoldenDay.events());
        Flux<FeedMessage> notices = feed(GOLD).filter(message -> message.kind().equals(FeedMessage.ALERT));

        StepVerifier.create(notices)
                // no instance announced the golden morning's levels: service level 0.6 under the alert 0.7,
                // abandonment 0.25 over the alert 0.1, the oldest wait 91 s over the warn 60 s
                .recordWith(ArrayList::new)
                .expectNextCount(3)
                .consumeRecordedWith(alerts -> assertThat(alerts)
                        .extracting(FeedMessage::alert)
                        .extracting(Alert::measure, Alert::previous, Alert::level)
                        .containsExactlyInAnyOrder(
                                tuple("serviceLevel", "OK", "ALERT"),
                                tuple("abandonmentRate", "OK", "ALERT"),
                                tuple("oldestWait", "OK", "WARN")))
                // under lenient thresholds all three are well again
                .then(() -> putThresholds(LENIENT))
                .recordWith(ArrayList::new)
                .expectNextCount(3)
                .consumeRecordedWith(alerts -> assertThat(alerts)
                        .extracting(FeedMessage::alert)
                        .extracting(Alert::measure, Alert::previous, Alert::level, Alert::value)
                        .containsExactlyInAnyOrder(
                                tuple("serviceLevel", "ALERT", "OK", 0.6),
                                tuple("abandonmentRate", "ALERT", "OK", 0.25),
                                tuple("oldestWait", "WARN", "OK", 91.0)))
                .expectNoEvent(QUIET)
                .thenCancel()
                .verify(WAIT);
    }

    private static Alert abandonment(String previous, String level, double value, String time) {
        return new Alert(GOLD, "abandonmentRate", previous, level, value, "2026-03-10T" + time + "Z");
    }
}
