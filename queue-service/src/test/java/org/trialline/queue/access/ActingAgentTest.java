package org.trialline.queue.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ResponseStatusException;

class ActingAgentTest {

    private final ActingAgent actingAgent = new ActingAgent();

    @Test
    void agentShouldActAsThemselves() {
        assertThatCode(() -> check("a-1", as("a-1", "AGENT"))).doesNotThrowAnyException();
    }

    @Test
    void agentActingAsAnotherAgentShouldBeForbidden() {
        assertForbidden(() -> check("a-2", as("a-1", "AGENT")));
    }

    @Test
    void adminShouldActForAnyAgent() {
        assertThatCode(() -> check("a-2", as("root", "ADMIN"))).doesNotThrowAnyException();
        assertThatCode(() -> check("a-2", as("a-1", "AGENT", "ADMIN"))).doesNotThrowAnyException();
    }

    @Test
    void roleTheEndpointNamesShouldActForAnyAgent() {
        assertThatCode(() -> check("a-2", as("pbx", "TELEPHONY"), "TELEPHONY")).doesNotThrowAnyException();
        assertThatCode(() -> check("a-2", as("a-1", "AGENT", "SUPERVISOR"), "SUPERVISOR"))
                .doesNotThrowAnyException();
    }

    @Test
    void roleTheEndpointDoesNotNameShouldNotLetAnAgentActForAnother() {
        assertForbidden(() -> check("a-2", as("a-1", "AGENT", "SUPERVISOR"), "TELEPHONY"));
    }

    @Test
    void callerWithoutAuthenticationShouldBeForbidden() {
        assertForbidden(() -> actingAgent.check("a-1", "TELEPHONY").block());
    }

    private void check(String agentId, JwtAuthenticationToken caller, String... rolesActingForAnyAgent) {
        actingAgent
                .check(agentId, rolesActingForAnyAgent)
                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(caller))
                .block();
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOf(ResponseStatusException.class)
                .extracting(refused -> ((ResponseStatusException) refused).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private static JwtAuthenticationToken as(String subject, String... roles) {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject(subject)
                .claim("roles", List.of(roles))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        return new JwtAuthenticationToken(
                jwt,
                Arrays.stream(roles)
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());
    }
}
