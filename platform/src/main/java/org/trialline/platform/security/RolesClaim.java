package org.trialline.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads role names from a token's claim, a dotted path for a nested one ({@code realm_access.roles} in Keycloak), and
 * turns each into the authority {@code ROLE_name}. A missing or malformed claim gives no roles rather than an error.
 */
final class RolesClaim implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final List<String> path;

    RolesClaim(String claim) {
        this.path = List.of(claim.split("\\."));
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String step : path) {
            value = (value instanceof Map<?, ?> claims) ? claims.get(step) : null;
        }
        if (!(value instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream()
                .filter(String.class::isInstance)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
