package org.trialline.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import reactor.core.publisher.Mono;

/**
 * Checks a bearer token the way the shared resource-server configuration does, for an endpoint that the web filters
 * never see, such as an RSocket WebSocket route that the server handles before WebFlux.
 */
public final class TokenCheck {

    private final JwtReactiveAuthenticationManager tokens;

    TokenCheck(ReactiveJwtDecoder decoder, String rolesClaim) {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(new RolesClaim(rolesClaim));
        tokens = new JwtReactiveAuthenticationManager(decoder);
        tokens.setJwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(roles));
    }

    /** The caller a token names, or an error when the token is expired, forged or from another issuer. */
    public Mono<Authentication> authenticate(String token) {
        return tokens.authenticate(new BearerTokenAuthenticationToken(token));
    }

    /** Whether the caller holds any of these roles, or ADMIN. */
    public static boolean allows(Authentication caller, String... roles) {
        return AccessTable.holdsAny(caller, roles);
    }
}
