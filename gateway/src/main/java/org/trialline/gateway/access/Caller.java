package org.trialline.gateway.access;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/**
 * Who made a request, kept on the exchange once the token is checked, so that a filter running before the security
 * chain (the audit) can name the caller of a request the chain then refuses.
 */
public final class Caller {

    private static final String ATTRIBUTE = Caller.class.getName();

    private Caller() {}

    /** The token's subject, or {@code null} for an anonymous caller or a token that was refused. */
    public static String subject(ServerWebExchange exchange) {
        Authentication authentication = exchange.getAttribute(ATTRIBUTE);
        return authentication == null ? null : authentication.getName();
    }

    /** The caller's role names. */
    public static List<String> roles(ServerWebExchange exchange) {
        Authentication authentication = exchange.getAttribute(ATTRIBUTE);
        return authentication == null ? List.of() : RolesClaim.roles(authentication.getAuthorities());
    }

    static WebFilter noting() {
        return (exchange, chain) -> ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .doOnNext(authentication -> exchange.getAttributes().put(ATTRIBUTE, authentication))
                .then(Mono.defer(() -> chain.filter(exchange)));
    }
}
