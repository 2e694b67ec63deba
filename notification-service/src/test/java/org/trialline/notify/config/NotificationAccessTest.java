package org.trialline.notify.config;

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

/** A call that bypasses the gateway meets the same rules: notification-service checks the token itself. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class NotificationAccessTest {

    // the access table of the README; ADMIN is allowed on every line
    private static final List<Endpoint> TABLE = List.of(
            Endpoint.of(GET, "/api/notifications/patients/P-1/preferences", "COORDINATOR"),
            Endpoint.of(PUT, "/api/notifications/patients/P-1/preferences", "COORDINATOR"),
            Endpoint.of(POST, "/api/notifications/visits", "COORDINATOR"));

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
        for (String bearer : List.of(TestTokens.expired("c-1", "COORDINATOR"), TestTokens.tampered("a-1", "AGENT"))) {
            client.get()
                    .uri("/api/notifications/visits")
                    .header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
    }
}
