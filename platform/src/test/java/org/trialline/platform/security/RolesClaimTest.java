package org.trialline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimTest {

    @Test
    void flatClaimShouldBecomeRoleAuthorities() {
        Jwt jwt = token(Map.of("roles", List.of("SUPERVISOR", "AGENT")));

        assertThat(authorities("roles", jwt)).containsExactly("ROLE_SUPERVISOR", "ROLE_AGENT");
    }

    @Test
    void nestedClaimShouldBeFollowedAlongItsDottedPath() {
        Jwt jwt = token(Map.of("realm_access", Map.of("roles", List.of("PLANNER"))));

        assertThat(authorities("realm_access.roles", jwt)).containsExactly("ROLE_PLANNER");
    }

    @Test
    void missingOrMalformedClaimShouldGiveNoRoles() {
        assertThat(authorities("roles", token(Map.of("other", "x")))).isEmpty();
        assertThat(authorities("roles", token(Map.of("roles", "ADMIN")))).isEmpty();
        assertThat(authorities("realm_access.roles", token(Map.of("realm_access", "ADMIN"))))
                .isEmpty();
    }

    private static List<String> authorities(String claim, Jwt jwt) {
        return new RolesClaim(claim)
                .convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("s-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .claims(all -> all.putAll(claims))
                .build();
    }
}
