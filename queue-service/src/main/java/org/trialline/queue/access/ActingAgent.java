package org.trialline.queue.access;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.platform.security.Roles;
import reactor.core.publisher.Mono;

/**
 * Checks that a request acting for an agent comes from that agent: the token's subject must be the agent's id unless
 * the caller holds {@code ADMIN} or one of the roles an endpoint lets act for any agent. The access table decides who
 * may call an endpoint at all; this decides, once the agent is known, whether the caller may act for that agent.
 */
@Component
public class ActingAgent {

    static final String REFUSAL = "An agent may act only as themselves.";

    /**
     * Completes empty when the current caller may act for {@code agentId}, and fails with a 403 otherwise, before
     * anything is stored.
     */
    public Mono<Void> check(String agentId, String... rolesActingForAnyAgent) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(caller -> mayActFor(caller, agentId, rolesActingForAnyAgent))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, REFUSAL)))
                .then();
    }

    // fails closed: a caller with neither a role acting for any agent nor the agent's own token is refused
    static boolean mayActFor(Authentication caller, String agentId, String... rolesActingForAnyAgent) {
        if (caller == null || !caller.isAuthenticated()) {
            return false;
        }
        Set<String> held = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (held.contains("ROLE_" + Roles.ADMIN)
                || Arrays.stream(rolesActingForAnyAgent).anyMatch(role -> held.contains("ROLE_" + role))) {
            return true;
        }
        return held.contains("ROLE_" + Roles.AGENT)
                && caller.getPrincipal() instanceof Jwt token
                && token.getSubject() != null
                && token.getSubject().equals(agentId);
    }
}
