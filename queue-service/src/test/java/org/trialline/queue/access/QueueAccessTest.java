package org.trialline.queue.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.AccessMatrix;
import org.trialline.testsupport.Endpoint;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestTokens;

/** A call that bypasses the gateway meets the same rules: queue-service checks the token itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class QueueAccessTest {

    private static final String CONTACT = "/api/queue/contacts/" + UUID.randomUUID();

    // the access table of the README; ADMIN is allowed on every line
    private static final List<Endpoint> TABLE = List.of(
            Endpoint.of(POST, "/api/queue/events", "TELEPHONY"),
            Endpoint.of(POST, "/api/queue/events/batch", "TELEPHONY"),
            Endpoint.of(POST, "/api/queue/imports/asterisk-queue-log", "TELEPHONY"),
            Endpoint.of(POST, "/api/queue/imports/anonymous-bank", "TELEPHONY"),
            Endpoint.of(GET, CONTACT, "SUPERVISOR", "AGENT"),
            Endpoint.of(GET, "/api/queue/queues/NOPE.xx.voice/snapshot", "SUPERVISOR", "AGENT"),
            Endpoint.of(GET, "/api/queue/history", "SUPERVISOR", "PLANNER"),
            Endpoint.of(PUT, "/api/queue/queues/NOPE.xx.voice", "SUPERVISOR"),
            Endpoint.of(PUT, "/api/queue/agents/nobody", "SUPERVISOR"),
            Endpoint.of(POST, "/api/queue/agents/nobody/state", "SUPERVISOR"),
            Endpoint.of(POST, "/api/queue/contacts", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/accept", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/decline", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/hold", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/resume", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/end", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/wrap-up", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/survey", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, CONTACT + "/leave", "AGENT", "TELEPHONY"),
            Endpoint.of(POST, "/api/queue/not-yet-ruled"));

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
    void expiredTokenShouldBeRefused() {
        status(TestTokens.expired("s-1", "SUPERVISOR")).isUnauthorized();
    }

    @Test
    void tamperedTokenShouldBeRefused() {
        status(TestTokens.tampered("p-1", "PLANNER")).isUnauthorized();
    }

    @Test
    void agentShouldChangeTheirOwnState() {
        String agent = new QueueFixtures(QueueFixtures.signedIn(client)).agent("own", "en");

        changeState(agent, TestTokens.bearer(agent, "AGENT")).expectStatus().is2xxSuccessful();
    }

    @Test
    void agentChangingAnotherAgentsStateShouldBeForbidden() {
        QueueFixtures fixtures = new QueueFixtures(QueueFixtures.signedIn(client));
        String other = fixtures.agent("other", "en");
        String self = fixtures.agent("self", "en");

        changeState(other, TestTokens.bearer(self, "AGENT"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private StatusAssertions status(String bearer) {
        return client.get()
                .uri(CONTACT)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus();
    }

    private WebTestClient.ResponseSpec changeState(String agentId, String bearer) {
        return client.post()
                .uri("/api/queue/agents/{id}/state", agentId)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("state", "AVAILABLE"))
                .exchange();
    }
}
