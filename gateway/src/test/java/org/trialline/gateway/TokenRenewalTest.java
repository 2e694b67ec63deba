package org.trialline.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
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
import org.trialline.testsupport.TestTokens;

/** A big screen keeps its session by renewing its token, up to the session lifetime (12 hours) from sign-in. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trialline.security.signing-key-location=" + Tokens.KEY_LOCATION)
@AutoConfigureWebTestClient
@RealInfrastructure
@ActiveProfiles("local")
class TokenRenewalTest {

    private static final ParameterizedTypeReference<Map<String, Object>> ANSWER = new ParameterizedTypeReference<>() {};

    @Autowired
    WebTestClient client;

    @Test
    void renewWhenTokenIsValidShouldAnswerAFreshTokenForTheSameUserRolesAndSignInTime() throws Exception {
        String first = (String) client.post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"supervisor\",\"password\":\"supervisor\"}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ANSWER)
                .returnResult()
                .getResponseBody()
                .get("accessToken");
        JWTClaimsSet before = SignedJWT.parse(first).getJWTClaimsSet();

        Map<String, Object> answer = renew(first)
                .expectStatus()
                .isOk()
                .expectBody(ANSWER)
                .returnResult()
                .getResponseBody();

        assertThat(answer).containsEntry("expiresIn", 900);
        JWTClaimsSet after = SignedJWT.parse((String) answer.get("accessToken")).getJWTClaimsSet();
        assertThat(after.getSubject()).isEqualTo("supervisor");
        assertThat(after.getIssuer()).isEqualTo(TestTokens.ISSUER);
        assertThat(after.getStringListClaim("roles")).containsExactly("SUPERVISOR");
        assertThat(before.getLongClaim("auth_time")).isNotNull();
        assertThat(after.getLongClaim("auth_time")).isEqualTo(before.getLongClaim("auth_time"));
        assertThat(after.getExpirationTime()).isAfterOrEqualTo(before.getExpirationTime());
        // the renewed token is itself good for the next renewal
        renew((String) answer.get("accessToken")).expectStatus().isOk();
    }

    @Test
    void renewNearTheSessionEndShouldNotOutliveTheSession() throws Exception {
        Instant signedIn = Instant.now().minus(Duration.ofHours(12)).plus(Duration.ofMinutes(5));
        String token = Tokens.signedIn(
                TestTokens.ISSUER, signedIn, Instant.now().plus(Duration.ofMinutes(5)), "supervisor", "SUPERVISOR");

        Map<String, Object> answer = renew(token)
                .expectStatus()
                .isOk()
                .expectBody(ANSWER)
                .returnResult()
                .getResponseBody();

        assertThat(((Number) answer.get("expiresIn")).longValue()).isBetween(1L, 300L);
    }

    @Test
    void renewWhenTokenHasExpiredShouldBeRefused() {
        String token = Tokens.signedIn(
                TestTokens.ISSUER,
                Instant.now().minus(Duration.ofHours(1)),
                Instant.now().minus(Duration.ofMinutes(10)),
                "supervisor",
                "SUPERVISOR");

        refused(renew(token));
    }

    @Test
    void renewBeyondTheSessionLifetimeShouldBeRefused() {
        String token = Tokens.signedIn(
                TestTokens.ISSUER,
                Instant.now().minus(Duration.ofHours(12)).minus(Duration.ofMinutes(1)),
                Instant.now().plus(Duration.ofMinutes(10)),
                "supervisor",
                "SUPERVISOR");

        refused(renew(token))
                .jsonPath("$.detail")
                .value(String.class, detail -> assertThat(detail).contains("sign in again"));
    }

    @Test
    void renewWhenAnotherIssuerSignedTheTokenShouldBeRefused() {
        String token = Tokens.signedIn(
                "someone-else",
                Instant.now().minus(Duration.ofMinutes(1)),
                Instant.now().plus(Duration.ofMinutes(10)),
                "supervisor",
                "SUPERVISOR");

        refused(renew(token));
    }

    @Test
    void renewWhenTokenDoesNotSayWhenItsUserSignedInShouldBeRefused() {
        refused(renew(Tokens.valid("supervisor", "SUPERVISOR")));
    }

    @Test
    void renewWithoutTokenShouldBeRefused() {
        refused(client.post().uri("/api/auth/token/renew").exchange());
    }

    private WebTestClient.ResponseSpec renew(String token) {
        return client.post()
                .uri("/api/auth/token/renew")
                .header("Authorization", "Bearer " + token)
                .exchange();
    }

    private static WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.accessToken")
                .doesNotExist();
    }
}
