package org.trialline.kpi.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.trialline.kpi.GoldenDay;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The same feed as server-sent events, for clients that cannot speak RSocket. */
class FeedSseTest extends FeedTest {

    private static final ParameterizedTypeReference<ServerSentEvent<FeedMessage>> EVENTS =
            new ParameterizedTypeReference<>() {};

    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> RAW =
            new ParameterizedTypeReference<>() {};

    @Test
    void aSubscriberShouldGetTheSnapshotAsTheFirstEvent() {
        applyInOrder(GoldenDay.events());

        Flux<ServerSentEvent<FeedMessage>> events = web.get()
                .uri("/api/kpi/feed/queue:GOLD")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(EVENTS)
                .getResponseBody();

        StepVerifier.create(events)
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo(FeedMessage.SNAPSHOT);
                    assertThat(event.id()).isEqualTo(Long.toString(event.data().version()));
                    assertThat(event.data().group()).isEqualTo(GOLD);
                    // the whole morning: 9 offered, c8 waiting 91 s
                    assertThat(event.data().values())
                            .containsEntry("windows.today.offered", 9)
                            .containsEntry("waiting", 1)
                            .containsEntry("oldestWaitSeconds", 91.0);
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aSubscriberShouldGetANamedHeartbeatWithTheServerTimeWithinFiveSeconds() {
        applyInOrder(GoldenDay.events());
        long subscribedAt = System.nanoTime();

        Flux<ServerSentEvent<Map<String, Object>>> events = web.get()
                .uri("/api/kpi/feed/queue:GOLD")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(RAW)
                .getResponseBody();

        StepVerifier.create(events)
                .assertNext(event -> assertThat(event.event()).isEqualTo(FeedMessage.SNAPSHOT))
                .thenConsumeWhile(event -> !"heartbeat".equals(event.event()))
                .assertNext(event -> {
                    assertThat(event.event()).isEqualTo("heartbeat");
                    assertThat(Duration.ofNanos(System.nanoTime() - subscribedAt))
                            .isLessThanOrEqualTo(Duration.ofSeconds(6));
                    Instant serverTime = Instant.parse((String) event.data().get("serverTime"));
                    assertThat(serverTime).isBetween(Instant.now().minusSeconds(10), Instant.now());
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void aGroupNoQueueBelongsToShouldBeAnsweredWithAProblem() {
        applyInOrder(GoldenDay.events());

        web.get()
                .uri("/api/kpi/feed/trial:NOPE")
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("trial:NOPE"));
    }

    @Test
    void oneConnectionShouldCarryTheFeedsOfSeveralGroupsEachNamed() {
        applyInOrder(GoldenDay.events());

        Flux<ServerSentEvent<FeedMessage>> events = web.get()
                .uri("/api/kpi/feed?group=all&group=" + GOLD + "&group=all")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(EVENTS)
                .getResponseBody();

        // by the golden day's table GOLD was offered c0-c8 and the centre also GOLD-EN's e1; the repeated group counts
        // once
        StepVerifier.create(events.filter(event -> FeedMessage.SNAPSHOT.equals(event.event()))
                        .take(2))
                .recordWith(java.util.ArrayList::new)
                .expectNextCount(2)
                .consumeRecordedWith(snapshots -> {
                    assertThat(snapshots)
                            .extracting(event -> event.data().group())
                            .containsExactlyInAnyOrder("all", GOLD);
                    assertThat(snapshots)
                            .allSatisfy(event -> assertThat(event.data().values())
                                    .containsEntry(
                                            "windows.today.offered",
                                            "all".equals(event.data().group()) ? 10 : 9));
                })
                .verifyComplete();
    }

    @Test
    void aSharedFeedWithAnUnknownOrNoGroupShouldBeRefusedBeforeItStarts() {
        applyInOrder(GoldenDay.events());

        expectProblem("/api/kpi/feed?group=" + GOLD + "&group=trial:NOPE", 404, "trial:NOPE");
        expectProblem("/api/kpi/feed", 400, "group");
        expectProblem("/api/kpi/feed?group=shelf:3", 400, "shelf");
        StringBuilder many = new StringBuilder("/api/kpi/feed?group=all");
        for (int i = 0; i < 64; i++) {
            many.append("&group=queue:Q").append(i);
        }
        expectProblem(many.toString(), 400, "at most 64");
    }

    private void expectProblem(String uri, int status, String mention) {
        web.get()
                .uri(uri)
                .accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains(mention));
    }
}
