package org.trialline.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Headers browsers act on, origins they may call from, and how large a request may be. */
class EdgeProtectionTest extends ThroughTheGateway {

    private static final byte[] TWO_MEGABYTES = new byte[2 * 1024 * 1024];

    @Test
    void answersShouldCarryTheSecurityHeaders() {
        client.get()
                .uri("/login")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> org.assertj.core.api.Assertions.assertThat(csp).startsWith("default-src 'self';"))
                // only over https, which this test server does not speak
                .expectHeader()
                .doesNotExist("Strict-Transport-Security");
    }

    @Test
    void preflightFromAnOriginNotConfiguredShouldNotBeAllowed() {
        client.options()
                .uri("/api/queue/queues")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void bodyOverTheLimitShouldBeRefusedWithAProblem() {
        as(Tokens.valid("telephony", "TELEPHONY"))
                .post()
                .uri("/api/queue/events/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(TWO_MEGABYTES)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void importOfTheSameSizeShouldPassToTheService() {
        as(Tokens.valid("telephony", "TELEPHONY"))
                .post()
                .uri("/api/queue/imports/asterisk-queue-log")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue(TWO_MEGABYTES)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
