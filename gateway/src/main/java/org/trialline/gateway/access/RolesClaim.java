package org.trialline.gateway.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the role names from a token's claim, found by a dotted path such as {@code realm_access.roles}. */
class RolesClaim implements Converter<Jwt, AbstractAuthenticationToken> {

    private final List<String> path;

    RolesClaim(String path) {
        this.path = List.of(path.split("\\."));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    static List<String> roles(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(name -> name.startsWith("ROLE_"))
                .map(name -> name.substring("ROLE_".length()))
                .sorted()
                .toList();
    }

    private List<GrantedAuthority> authorities(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String step : path) {
            value = value instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (!(value instanceof Collection<?> names)) {
            return List.of();
        }
        return names.stream()
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + name))
                .toList();
    }
}
