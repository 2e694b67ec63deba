package org.trialline.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.sample.SampleServiceApplication;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestTokens;

@SpringBootTest(classes = SampleServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class ProblemDetailsTest {

    @Autowired
    WebTestClient client;

    @BeforeEach
    void signIn() {
        client = TestTokens.signedIn(client, "supervisor", "SUPERVISOR");
    }

    @Test
    void unknownPathShouldAnswerNotFoundProblem() {
        client.get()
                .uri("/no/such/thing")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.instance")
                .isEqualTo("/no/such/thing");
    }

    @Test
    void invalidFieldShouldNameFieldAndRejectedValue() {
        client.post()
                .uri("/callbacks")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"patientReference\":\"P-1\",\"score\":9}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("score").contains("(was 9)"))
                .jsonPath("$.errors[0].field")
                .isEqualTo("score")
                .jsonPath("$.errors[0].rejectedValue")
                .isEqualTo("9");
    }

    @Test
    void wrongTypeShouldSayWhatCouldNotBeRead() {
        client.post()
                .uri("/callbacks")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"patientReference\":\"P-1\",\"score\":\"high\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("score")
                        .contains("high")
                        .doesNotContain("[Source")
                        .doesNotContain("org."));
    }

    @Test
    void emptyBodyShouldSaySoWithoutJavaNames() {
        client.post()
                .uri("/callbacks")
                .contentType(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .containsIgnoringCase("no request body")
                        .doesNotContain("org.")
                        .doesNotContain("$")
                        .doesNotContain("Mono"));
    }

    @Test
    void arrayInsteadOfObjectShouldBeNamedWithoutJavaPackages() {
        client.post()
                .uri("/callbacks")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[]")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail)
                        .contains("`Callback`")
                        .doesNotContain("org.")
                        .doesNotContain("$"));
    }

    @Test
    void pathValueOutOfRangeShouldNameTheParameterAndValue() {
        client.get()
                .uri("/callbacks/5000")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("id").contains("(was 5000)"));
    }

    @Test
    void wrongContentTypeShouldAnswerUnsupportedMediaType() {
        client.post()
                .uri("/callbacks")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("score=3")
                .exchange()
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void wrongMethodShouldAnswerMethodNotAllowedWithAllowHeader() {
        client.delete()
                .uri("/callbacks")
                .exchange()
                .expectStatus()
                .isEqualTo(405)
                .expectHeader()
                .valueEquals("Allow", "POST")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void badPathVariableShouldAnswerBadRequest() {
        client.get()
                .uri("/callbacks/abc")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("abc"));
    }

    @Test
    void statusExceptionShouldKeepItsReason() {
        client.get()
                .uri("/callbacks/7")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("No callback 7");
    }

    @Test
    void unexpectedFailureShouldHideItsInternals() {
        client.get()
                .uri("/broken")
                .exchange()
                .expectStatus()
                .is5xxServerError()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(500)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).doesNotContain("secret"));
    }
}
