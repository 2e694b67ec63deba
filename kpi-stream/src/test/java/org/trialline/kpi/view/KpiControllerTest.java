package org.trialline.kpi.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.kpi.GoldenDay;
import org.trialline.kpi.KpiRedisTest;
import org.trialline.kpi.config.KpiProperties.Thresholds;
import org.trialline.kpi.state.KpiStore;
import org.trialline.testsupport.TestTokens;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The HTTP API of snapshots and thresholds, over the morning of {@link GoldenDay}. */
@AutoConfigureWebTestClient
class KpiControllerTest extends KpiRedisTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String THRESHOLDS = "/api/kpi/queues/{queueId}/thresholds";
    private static final Thresholds LENIENT = new Thresholds(0.5, 0.4, 100, 200, 0.3, 0.4);

    WebTestClient web;

    @Autowired
    void signIn(WebTestClient anonymous) {
        web = TestTokens.signedIn(anonymous, "supervisor", "SUPERVISOR");
    }

    @Autowired
    KpiStore store;

    @BeforeEach
    void goldenMorning() {
        StepVerifier.create(Flux.fromIterable(GoldenDay.events()).concatMap(store::apply))
                .expectNextCount(GoldenDay.events().size())
                .expectComplete()
                .verify(WAIT);
    }

    @Test
    void theGroupsShouldBeTheCentreThenEachQueueTrialAndLanguage() {
        web.get()
                .uri("/api/kpi/groups")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$")
                .isEqualTo(
                        List.of("all", "language:en", "language:es", "queue:GOLD", "queue:GOLD-EN", "trial:HEART-2"));
    }

    @Test
    void theSnapshotOfAQueueShouldGiveTheHandComputedFigures() {
        web.get()
                .uri("/api/kpi/snapshot/{group}", "queue:GOLD")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Snapshot.class)
                .value(GoldenDay::assertQueueGold);
    }

    @Test
    void theSnapshotOfAGroupNoQueueBelongsToShouldBeANotFoundProblemNamingIt() {
        expectProblem(web.get().uri("/api/kpi/snapshot/{group}", "trial:NOPE").exchange(), 404, "trial:NOPE");
    }

    @Test
    void theSnapshotOfAMalformedGroupShouldBeABadRequestProblemNamingIt() {
        expectProblem(web.get().uri("/api/kpi/snapshot/{group}", "bogus").exchange(), 400, "'bogus'");
    }

    @Test
    void thresholdsPutForAQueueShouldBeThoseItsSnapshotIsJudgedBy() {
        web.put()
                .uri(THRESHOLDS, GoldenDay.GOLD)
                .bodyValue(LENIENT)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Thresholds.class)
                .isEqualTo(LENIENT);

        web.get()
                .uri("/api/kpi/snapshot/{group}", "queue:GOLD")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Snapshot.class)
                .value(snapshot -> {
                    assertThat(snapshot.thresholds()).isEqualTo(LENIENT);
                    // service level 0.6 is not under 0.5, the oldest wait 91 s not over 100 s, abandonment 0.25 not
                    // over 0.3: where the defaults alerted twice and warned once, all is well
                    assertThat(snapshot.status())
                            .containsEntry("serviceLevel", Status.OK)
                            .containsEntry("oldestWait", Status.OK)
                            .containsEntry("abandonmentRate", Status.OK);
                });
        expectThresholds(LENIENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            abandonmentAlert is missing          | abandonmentAlert       |          | abandonmentAlert
            a ratio is null                      | serviceLevelWarn       | null     | serviceLevelWarn
            abandonmentAlert is no ratio         | abandonmentAlert       | 1.5      | 1.5
            service level alerts above its warn  | serviceLevelAlert      | 0.9      | 0.9
            oldest wait alerts before its warn   | oldestWaitAlertSeconds | 30       | 30
            abandonment warns above its alert    | abandonmentWarn        | 0.2      | 0.2
            a wait is negative                   | oldestWaitWarnSeconds  | -1       | oldestWaitWarnSeconds
            a wait is a word                     | oldestWaitWarnSeconds  | "soon"   | oldestWaitWarnSeconds
            """)
    void badThresholdsShouldBeABadRequestProblemAndChangeNothing(String why, String field, String json, String named) {
        web.put()
                .uri(THRESHOLDS, GoldenDay.GOLD)
                .bodyValue(LENIENT)
                .exchange()
                .expectStatus()
                .isOk();

        WebTestClient.ResponseSpec response = web.put()
                .uri(THRESHOLDS, GoldenDay.GOLD)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(defaultsWith(field, json))
                .exchange();

        expectProblem(response, 400, named);
        expectThresholds(LENIENT);
    }

    @Test
    void thresholdsOfAQueueNoOneKnowsShouldBeANotFoundProblemAndStoreNothing() {
        expectProblem(web.put().uri(THRESHOLDS, "NOPE").bodyValue(LENIENT).exchange(), 404, "queue:NOPE");
        expectProblem(web.get().uri(THRESHOLDS, "NOPE").exchange(), 404, "queue:NOPE");

        StepVerifier.create(connections.commands().exists(prefix() + "thresholds:NOPE"))
                .expectNext(0L)
                .expectComplete()
                .verify(WAIT);
    }

    // the default thresholds as a request body, with one field's JSON replaced, or left out when null
    private static String defaultsWith(String field, String json) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("serviceLevelWarn", "0.8");
        body.put("serviceLevelAlert", "0.7");
        body.put("oldestWaitWarnSeconds", "60");
        body.put("oldestWaitAlertSeconds", "120");
        body.put("abandonmentWarn", "0.05");
        body.put("abandonmentAlert", "0.1");
        body.put(field, json);
        return body.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private void expectThresholds(Thresholds expected) {
        web.get()
                .uri(THRESHOLDS, GoldenDay.GOLD)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Thresholds.class)
                .isEqualTo(expected);
    }

    private static void expectProblem(WebTestClient.ResponseSpec response, int status, String named) {
        response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(status)
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains(named));
    }
}
