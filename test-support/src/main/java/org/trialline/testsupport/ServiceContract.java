package org.trialline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every TrialLine service promises the platform it runs on: liveness and readiness that reflect its PostgreSQL and
 * Redis, Prometheus metrics and an OpenAPI description to callers without a token, a refusal of every other anonymous
 * call and problem details for unknown paths. A service's full-context test implements this interface to inherit the
 * checks.
 */
public interface ServiceContract {

    /** A client bound to the running service. */
    WebTestClient client();

    /** The service's {@code spring.application.name}. */
    String applicationName();

    /** Health components the service's readiness depends on, besides its own readiness state. */
    List<String> readinessComponents();

    @Test
    default void readinessShouldBeUpWithEveryDependency() {
        WebTestClient.BodyContentSpec body = client().get()
                .uri("/readyz")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        for (String component : readinessComponents()) {
            body.jsonPath("$.components." + component + ".status").isEqualTo("UP");
        }
    }

    @Test
    default void livenessShouldBeUp() {
        client().get()
                .uri("/livez")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    default void prometheusShouldExposeMetricsTaggedWithTheService() {
        String scrape = client().get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(scrape)
                .contains("# TYPE jvm_memory_used_bytes gauge")
                .containsPattern("process_uptime_seconds\\{application=\"" + applicationName() + "\"");
    }

    @Test
    default void apiShouldBeDescribedWithOpenApi() {
        // the description is built on first request, which takes more than the default 5 s on a busy 2-core machine
        client().mutate()
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .build()
                .get()
                .uri("/v3/api-docs")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.openapi")
                .value(version -> assertThat((String) version).startsWith("3."))
                .jsonPath("$.info.title")
                .isEqualTo("TrialLine " + applicationName());
    }

    @Test
    default void anonymousCallShouldBeRefusedWithProblemDetail() {
        client().get()
                .uri("/no-such-resource")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
    }

    @Test
    default void unknownPathShouldAnswerProblemDetail() {
        TestTokens.signedIn(client(), "admin", "ADMIN")
                .get()
                .uri("/no-such-resource")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404);
    }
}
