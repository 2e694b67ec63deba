package org.trialline.kpi.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.kpi.GoldenDay;
import org.trialline.testsupport.AccessMatrix;
import org.trialline.testsupport.Endpoint;
import org.trialline.testsupport.TestTokens;
import reactor.test.StepVerifier;

/** A call that bypasses the gateway meets the same rules: kpi-stream checks the token itself, feeds included. */
class KpiAccessTest extends FeedTest {

    // the access table of the README; ADMIN is allowed on every line
    private static final List<Endpoint> TABLE = List.of(
            Endpoint.of(GET, "/api/kpi/groups", "SUPERVISOR"),
            Endpoint.of(GET, "/api/kpi/snapshot/queue:NOPE", "SUPERVISOR"),
            Endpoint.of(GET, "/api/kpi/queues/NOPE/thresholds", "SUPERVISOR"),
            Endpoint.of(PUT, "/api/kpi/queues/NOPE/thresholds", "SUPERVISOR"),
            Endpoint.of(GET, "/rsocket", "SUPERVISOR"));

    @Autowired
    WebTestClient anonymous;

    @Test
    void everyRoleShouldGetWhatTheAccessTableSays() {
        AccessMatrix.assertRolesAsTabled(anonymous, TABLE);
    }

    @Test
    void callerWithoutTokenShouldGetUnauthorizedProblemEverywhere() {
        AccessMatrix.assertAnonymousRefused(anonymous, TABLE);
        anonymous.get().uri("/api/kpi/feed/" + GOLD).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void wallboardPageAndItsAssetsShouldBeOpenWithoutTokenWhileItsDataIsNot() {
        for (String page :
                List.of("/wallboard", "/wallboard/", "/wallboard/wallboard.js", "/wallboard/wallboard.css")) {
            anonymous.get().uri(page).exchange().expectStatus().isOk();
        }
        anonymous.get().uri("/api/kpi/snapshot/all").exchange().expectStatus().isUnauthorized();
        anonymous.post().uri("/wallboard").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void expiredOrTamperedTokenShouldBeRefused() {
        for (String bearer : List.of(TestTokens.expired("s-1", "SUPERVISOR"), TestTokens.tampered("p-1", "PLANNER"))) {
            anonymous
                    .get()
                    .uri("/api/kpi/groups")
                    .header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }

    @Test
    void rsocketFeedShouldRefuseAnUpgradeWithoutToken() {
        applyInOrder(GoldenDay.events());

        StepVerifier.create(feed(GOLD, "", Map.of()))
                .expectErrorSatisfies(refused -> assertThat(refused).hasMessageContaining("401"))
                .verify(WAIT);
    }

    @Test
    void rsocketFeedShouldRefuseAnUpgradeWithTheWrongRole() {
        applyInOrder(GoldenDay.events());
        Map<String, String> planner = Map.of(HttpHeaders.AUTHORIZATION, TestTokens.bearer("p-1", "PLANNER"));

        StepVerifier.create(feed(GOLD, "", planner))
                .expectErrorSatisfies(refused -> assertThat(refused).hasMessageContaining("403"))
                .verify(WAIT);
    }

    @Test
    void rsocketFeedShouldRefuseAnExpiredToken() {
        applyInOrder(GoldenDay.events());
        Map<String, String> expired = Map.of(HttpHeaders.AUTHORIZATION, TestTokens.expired("s-1", "SUPERVISOR"));

        StepVerifier.create(feed(GOLD, "", expired))
                .expectErrorSatisfies(refused -> assertThat(refused).hasMessageContaining("401"))
                .verify(WAIT);
    }

    @Test
    void rsocketFeedShouldTakeTheTokenAsQueryParameterForBrowsers() {
        applyInOrder(GoldenDay.events());
        String token = TestTokens.bearer("s-1", "SUPERVISOR").substring("Bearer ".length());

        StepVerifier.create(feed(GOLD, "?access_token=" + token, Map.of()))
                .assertNext(message -> assertThat(message.group()).isEqualTo(GOLD))
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void sseFeedShouldRefuseTheWrongRole() {
        anonymous
                .get()
                .uri("/api/kpi/feed/" + GOLD)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("c-1", "COORDINATOR"))
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tokenInQueryShouldNotCountOutsideTheFeeds() {
        String token = TestTokens.bearer("s-1", "SUPERVISOR").substring("Bearer ".length());

        anonymous
                .get()
                .uri("/api/kpi/groups?access_token=" + token)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }
}
