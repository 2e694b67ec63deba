package org.trialline.gateway;

import java.util.List;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.ServiceContract;

class GatewayApplicationTest extends ThroughTheGateway implements ServiceContract {

    // metrics and the API description are for ADMIN at the gateway; the contract reads them as one
    @Override
    public WebTestClient client() {
        return as(Tokens.valid("admin", "ADMIN"));
    }

    // the gateway answers an anonymous caller before it looks for a route, so a protected route is the one to ask
    @Override
    @org.junit.jupiter.api.Test
    public void anonymousCallShouldBeRefusedWithProblemDetail() {
        client.get()
                .uri("/api/queue/queues")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
    }

    @Override
    public String applicationName() {
        return "gateway";
    }

    @Override
    public List<String> readinessComponents() {
        return List.of("redis");
    }
}
