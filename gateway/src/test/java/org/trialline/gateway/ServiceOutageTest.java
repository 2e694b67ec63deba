package org.trialline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;

/** A service that stops or hangs costs its callers a quick 503 problem, and its route works again once it is back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class ServiceOutageTest {

    private static final Duration QUICK = Duration.ofSeconds(3);

    static Backend backend = Backend.start();
    static final int PORT = backend.port();

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("trialline.security.signing-key-location", () -> Tokens.KEY_LOCATION);
        registry.add("trialline.gateway.services.queue", () -> "http://127.0.0.1:" + PORT);
        registry.add("trialline.gateway.limits.response-timeout", () -> "1s");
    }

    @AfterAll
    static void stopBackend() {
        backend.close();
    }

    @Test
    void routeWhenServiceIsStoppedShouldAnswerServiceUnavailableQuicklyAndRecoverWhenItReturns() {
        backend.close();

        long started = System.nanoTime();
        call("/api/queue/queues")
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("queue-service is not answering; try again in a few seconds.")
                .jsonPath("$.trace")
                .doesNotExist();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICK);

        backend = Backend.start(PORT);
        call("/api/queue/queues").expectStatus().isOk();
    }

    @Test
    void routeWhenServiceHangsShouldAnswerServiceUnavailableAfterTheResponseTimeout() {
        long started = System.nanoTime();
        call("/api/queue/slow").expectStatus().isEqualTo(503);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(QUICK);
    }

    private WebTestClient.ResponseSpec call(String path) {
        return client.get()
                .uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.valid("supervisor", "SUPERVISOR"))
                .exchange();
    }
}
