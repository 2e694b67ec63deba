package org.trialline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;

/** A client may make two requests at once and one a second after that; the buckets are in the real Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class RateLimitTest {

    static final Backend BACKEND = Backend.start();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void tinyLimit(DynamicPropertyRegistry registry) {
        registry.add("trialline.security.signing-key-location", () -> Tokens.KEY_LOCATION);
        registry.add("trialline.gateway.services.queue", BACKEND::url);
        registry.add("trialline.gateway.rate-limit.replenish-rate", () -> "1");
        registry.add("trialline.gateway.rate-limit.burst-capacity", () -> "2");
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    @Test
    void burstBeyondTheLimitShouldAnswerTooManyRequestsWithRetryAfter() {
        // a subject of its own, so no bucket left in Redis by an earlier run counts against it
        String token = Tokens.valid("burst-" + UUID.randomUUID(), "SUPERVISOR");
        List<EntityExchangeResult<String>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(get(token));
        }

        assertThat(answers.get(0).getStatus().value()).isEqualTo(200);
        EntityExchangeResult<String> refused = answers.stream()
                .filter(answer -> answer.getStatus().value() == 429)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no request of six was refused"));
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                .isEqualTo("1");
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("\"status\":429");
    }

    @Test
    void limitShouldCountEachClientApart() {
        String busy = Tokens.valid("busy-" + UUID.randomUUID(), "SUPERVISOR");
        for (int i = 0; i < 4; i++) {
            get(busy);
        }

        assertThat(get(Tokens.valid("quiet-" + UUID.randomUUID(), "SUPERVISOR"))
                        .getStatus()
                        .value())
                .isEqualTo(200);
    }

    private EntityExchangeResult<String> get(String token) {
        return client.get()
                .uri("/api/queue/queues")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }
}
