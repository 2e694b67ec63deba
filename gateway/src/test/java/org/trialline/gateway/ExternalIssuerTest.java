package org.trialline.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;

/**
 * With an outside issuer the gateway signs nothing itself, and starts while that issuer is still away (nothing
 * answers at the address below).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "trialline.security.issuer-uri=http://127.0.0.1:9/realms/trialline",
            "trialline.security.roles-claim=realm_access.roles",
            "trialline.security.signing-key-location=" + Tokens.KEY_LOCATION
        })
@AutoConfigureWebTestClient
@RealInfrastructure
@ActiveProfiles("local")
class ExternalIssuerTest {

    @Autowired
    WebTestClient client;

    @Test
    void tokenEndpointShouldBeOffEvenForTheLocalUsers() {
        client.post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"admin\",\"password\":\"admin\"}")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void jwksShouldBeOff() {
        client.get().uri("/oauth2/jwks").exchange().expectStatus().isNotFound();
    }

    @Test
    void tokenWhileTheIssuerDoesNotAnswerShouldGetAServiceUnavailableProblem() {
        client.get()
                .uri("/api/kpi/groups")
                .header("Authorization", "Bearer " + Tokens.valid("admin", "ADMIN"))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("Sign-in cannot be checked right now; try again in a few seconds.");
    }

    @Test
    void requestWithoutTokenShouldStillBeUnauthorized() {
        client.get().uri("/api/kpi/groups").exchange().expectStatus().isUnauthorized();
    }
}
