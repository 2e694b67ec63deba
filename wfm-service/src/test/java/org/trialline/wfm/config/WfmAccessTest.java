package org.trialline.wfm.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.AccessMatrix;
import org.trialline.testsupport.Endpoint;
import org.trialline.testsupport.TestTokens;
import org.trialline.wfm.WfmApiTest;

/**
 * A call that bypasses the gateway meets the same rules: wfm-service checks the token itself. In the endpoint tests'
 * context, so that a forecast asked for here reads its history from the stand-in queue-service, never from whatever
 * listens on queue-service's own port.
 */
class WfmAccessTest extends WfmApiTest {

    // the access table of the README; ADMIN is allowed on every line
    private static final List<Endpoint> TABLE = List.of(
            Endpoint.of(PUT, "/api/wfm/queues/NOBODY.xx.voice", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/queues/NOBODY.xx.voice", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/queues/NOBODY.xx.voice/forecast?from=2026-03-02&to=2026-03-02", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/queues/NOBODY.xx.voice/requirements?from=2026-03-02&to=2026-03-02", "PLANNER"),
            Endpoint.of(POST, "/api/wfm/special-days", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/special-days?from=2026-03-02&to=2026-03-02", "PLANNER"),
            Endpoint.of(POST, "/api/wfm/rosters", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/rosters", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/rosters/00000000-0000-0000-0000-000000000000", "PLANNER"),
            Endpoint.of(POST, "/api/wfm/rosters/00000000-0000-0000-0000-000000000000/solve", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/rosters/00000000-0000-0000-0000-000000000000/coverage", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/rosters/00000000-0000-0000-0000-000000000000/roster.csv", "PLANNER"),
            Endpoint.of(PUT, "/api/wfm/contracts/a-1", "PLANNER"),
            Endpoint.of(
                    GET,
                    "/api/wfm/history/intervals?queue=NOBODY.xx.voice&from=2026-03-02&to=2026-03-02",
                    "PLANNER",
                    "SUPERVISOR"),
            Endpoint.of(POST, "/api/wfm/history/intervals", "PLANNER"));

    WebTestClient client;

    // several hundred requests, each of which may wait behind other builds on a busy 2-core machine
    @Autowired
    void client(WebTestClient anonymous) {
        client = anonymous.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void everyRoleShouldGetWhatTheAccessTableSays() {
        AccessMatrix.assertRolesAsTabled(client, TABLE);
    }

    @Test
    void callerWithoutTokenShouldGetUnauthorizedProblemEverywhere() {
        AccessMatrix.assertAnonymousRefused(client, TABLE);
    }

    @Test
    void plannerPageAndItsAssetsShouldBeOpenWithoutTokenWhileItsDataIsNot() {
        for (String page : List.of("/planner", "/planner/", "/planner/planner.js", "/planner/planner.css")) {
            client.get().uri(page).exchange().expectStatus().isOk();
        }
        client.get().uri("/api/wfm/rosters").exchange().expectStatus().isUnauthorized();
        client.post().uri("/planner").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void tokenInQueryShouldCountOnTheScoreStreamOnly() {
        String token = TestTokens.bearer("p-1", "PLANNER").substring("Bearer ".length());

        client.get()
                .uri("/api/wfm/rosters/00000000-0000-0000-0000-000000000000/events?access_token=" + token)
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/api/wfm/rosters/00000000-0000-0000-0000-000000000000?access_token=" + token)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void expiredOrTamperedTokenShouldBeRefused() {
        for (String bearer : List.of(TestTokens.expired("p-1", "PLANNER"), TestTokens.tampered("s-1", "SUPERVISOR"))) {
            client.get()
                    .uri("/api/wfm/queues/NOBODY.xx.voice")
                    .header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }
}
