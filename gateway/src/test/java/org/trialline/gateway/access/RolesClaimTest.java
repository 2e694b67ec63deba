package org.trialline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

class RolesClaimTest {

    @Test
    void rolesShouldBeReadFromTheTopLevelClaim() {
        Jwt jwt = jwt(Map.of("roles", List.of("PLANNER", "SUPERVISOR")));

        AbstractAuthenticationToken caller = new RolesClaim("roles").convert(jwt);

        assertThat(RolesClaim.roles(caller.getAuthorities())).containsExactly("PLANNER", "SUPERVISOR");
        assertThat(caller.getName()).isEqualTo("someone");
    }

    @Test
    void rolesShouldBeReadFromANestedClaimAsKeycloakWritesThem() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("COORDINATOR"))));

        AbstractAuthenticationToken caller = new RolesClaim("realm_access.roles").convert(jwt);

        assertThat(RolesClaim.roles(caller.getAuthorities())).containsExactly("COORDINATOR");
    }

    @Test
    void tokenWithoutTheClaimShouldHaveNoRoles() {
        Jwt jwt = jwt(Map.of("scope", "openid"));

        AbstractAuthenticationToken caller = new RolesClaim("realm_access.roles").convert(jwt);

        assertThat(caller.getAuthorities()).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("someone")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
