package org.trialline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.sample.SampleServiceApplication;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestTokens;

/** What the shared resource-server configuration does for a service, seen through the sample service's rules. */
@SpringBootTest(classes = SampleServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class TokenCheckTest {

    private static final String CALLBACK = "{\"patientReference\":\"P-1\",\"score\":3}";

    @Autowired
    WebTestClient client;

    @Test
    void probesMetricsAndApiDescriptionShouldNeedNoToken() {
        for (String open :
                new String[] {"/livez", "/readyz", "/actuator/health/liveness", "/actuator/prometheus", "/v3/api-docs"
                }) {
            client.get().uri(open).exchange().expectStatus().isOk();
        }
    }

    @Test
    void requestWithoutTokenShouldAnswerUnauthorizedProblem() {
        postCallback(null)
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.instance")
                .isEqualTo("/callbacks")
                .jsonPath("$.trace")
                .doesNotExist();
    }

    @Test
    void unknownPathWithoutTokenShouldAnswerUnauthorizedNotNotFound() {
        client.get().uri("/no/such/thing").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void expiredTokenShouldAnswerUnauthorizedProblem() {
        postCallback(TestTokens.expired("coordinator", "COORDINATOR"))
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tamperedTokenShouldAnswerUnauthorized() {
        postCallback(TestTokens.tampered("planner", "PLANNER")).expectStatus().isUnauthorized();
    }

    @Test
    void tokenFromAnotherIssuerShouldAnswerUnauthorized() {
        postCallback(TestTokens.foreignIssuer("coordinator", "COORDINATOR"))
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void wrongRoleShouldAnswerForbiddenProblem() {
        postCallback(TestTokens.bearer("planner", "PLANNER"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).doesNotContain("org."));
    }

    @Test
    void rightRoleShouldPass() {
        postCallback(TestTokens.bearer("coordinator", "COORDINATOR"))
                .expectStatus()
                .isOk();
    }

    @Test
    void adminShouldPassEveryRule() {
        postCallback(TestTokens.bearer("admin", "ADMIN")).expectStatus().isOk();
    }

    @Test
    void tokenWithoutRolesShouldReachOnlyUnruledPaths() {
        postCallback(TestTokens.bearer("nobody")).expectStatus().isForbidden();
        client.get()
                .uri("/whoami")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("nobody"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("nobody");
    }

    @Test
    void agentShouldChangeOnlyTheirOwnState() {
        changeState("a-17", TestTokens.bearer("a-17", "AGENT")).expectStatus().isOk();
        changeState("a-18", TestTokens.bearer("a-17", "AGENT")).expectStatus().isForbidden();
    }

    @Test
    void subjectMatchingTheIdShouldNotBeEnoughWithoutTheAgentRole() {
        changeState("a-17", TestTokens.bearer("a-17", "PLANNER")).expectStatus().isForbidden();
    }

    @Test
    void supervisorShouldChangeAnyAgentsState() {
        changeState("a-18", TestTokens.bearer("s-1", "SUPERVISOR"))
                .expectStatus()
                .isOk();
    }

    @Test
    void tokenInQueryShouldCountOnlyWhereAllowed() {
        String token = TestTokens.bearer("s-1", "SUPERVISOR").substring("Bearer ".length());
        client.get()
                .uri("/feed?access_token=" + token)
                .exchange()
                .expectStatus()
                .isOk();
        client.get()
                .uri("/whoami?access_token=" + token)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private WebTestClient.ResponseSpec postCallback(String bearer) {
        return client.post()
                .uri("/callbacks")
                .headers(headers -> {
                    if (bearer != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, bearer);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(CALLBACK)
                .exchange();
    }

    private WebTestClient.ResponseSpec changeState(String agentId, String bearer) {
        return client.post()
                .uri("/agents/{agentId}/state", agentId)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange();
    }
}
