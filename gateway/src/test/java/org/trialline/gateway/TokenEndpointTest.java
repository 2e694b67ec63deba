package org.trialline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trialline.security.signing-key-location=" + Tokens.KEY_LOCATION)
@AutoConfigureWebTestClient
@RealInfrastructure
@ActiveProfiles("local")
class TokenEndpointTest {

    private static final String REFUSED = "Unknown user or wrong password.";

    @Autowired
    WebTestClient client;

    @Test
    void tokenWhenPasswordIsRightShouldCarryTheUserAndRolesForFifteenMinutes() throws Exception {
        Map<String, Object> answer = ask("{\"username\":\"supervisor\",\"password\":\"supervisor\"}")
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(answer).containsEntry("expiresIn", 900);
        SignedJWT token = SignedJWT.parse((String) answer.get("accessToken"));
        assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(org.trialline.testsupport.TestTokens.ISSUER);
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("supervisor");
        assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SUPERVISOR");
        client.get()
                .uri("/api/kpi/groups-not-routed-to-a-live-service")
                .header("Authorization", "Bearer " + answer.get("accessToken"))
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status).isNotIn(401, 403));
    }

    @Test
    void tokenWhenPasswordIsWrongShouldBeRefusedWithAProblem() {
        ask("{\"username\":\"supervisor\",\"password\":\"planner\"}")
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo(REFUSED)
                .jsonPath("$.accessToken")
                .doesNotExist();
    }

    @Test
    void tokenWhenUserIsUnknownShouldBeRefusedAsAWrongPasswordIs() {
        ask("{\"username\":\"nobody\",\"password\":\"nobody\"}")
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo(REFUSED);
    }

    @Test
    void tokenWhenBodyIsMalformedShouldAnswerBadRequestProblem() {
        ask("{\"username\":")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.trace")
                .doesNotExist();
    }

    @Test
    void tokenWhenPasswordIsMissingShouldAnswerBadRequestProblem() {
        ask("{\"username\":\"agent\"}")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("username and password"));
    }

    @Test
    void jwksShouldPublishThePublicKeyOnly() {
        client.get()
                .uri("/oauth2/jwks")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty")
                .isEqualTo("RSA")
                .jsonPath("$.keys[0].n")
                .exists()
                .jsonPath("$.keys[0].d")
                .doesNotExist();
    }

    private WebTestClient.ResponseSpec ask(String body) {
        return client.post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
