package org.trialline.wfm.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.AccessMatrix;
import org.trialline.testsupport.Endpoint;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestTokens;

/** A call that bypasses the gateway meets the same rules: wfm-service checks the token itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class WfmAccessTest {

    // the access table of the README; ADMIN is allowed on every line
    private static final List<Endpoint> TABLE = List.of(
            Endpoint.of(PUT, "/api/wfm/queues/NOBODY.xx.voice", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/queues/NOBODY.xx.voice", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/queues/NOBODY.xx.voice/forecast?from=2026-03-02&to=2026-03-02", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/queues/NOBODY.xx.voice/requirements?from=2026-03-02&to=2026-03-02", "PLANNER"),
            Endpoint.of(POST, "/api/wfm/special-days", "PLANNER"),
            Endpoint.of(GET, "/api/wfm/special-days?from=2026-03-02&to=2026-03-02", "PLANNER"),
            Endpoint.of(POST, "/api/wfm/rosters", "PLANNER"),
            Endpoint.of(PUT, "/api/wfm/contracts/a-1", "PLANNER"),
            Endpoint.of(
                    GET,
                    "/api/wfm/history/intervals?queue=NOBODY.xx.voice&from=2026-03-02&to=2026-03-02",
                    "PLANNER",
                    "SUPERVISOR"),
            Endpoint.of(POST, "/api/wfm/history/intervals", "PLANNER"));

    @Autowired
    WebTestClient client;

    @Test
    void everyRoleShouldGetWhatTheAccessTableSays() {
        AccessMatrix.assertRolesAsTabled(client, TABLE);
    }

    @Test
    void callerWithoutTokenShouldGetUnauthorizedProblemEverywhere() {
        AccessMatrix.assertAnonymousRefused(client, TABLE);
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
