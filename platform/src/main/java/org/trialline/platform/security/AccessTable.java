package org.trialline.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/** The rules a service declares, as method, path pattern and the roles allowed; {@code ADMIN} passes every rule. */
public final class AccessTable {

    private final List<Rule> rules = new ArrayList<>();

    private final List<String> queryTokenPaths = new ArrayList<>();

    /** A rule for requests of one method on these path patterns ({@code /api/queue/agents/{agentId}/state}). */
    public Target on(HttpMethod method, String... patterns) {
        return new Target(ServerWebExchangeMatchers.pathMatchers(method, patterns));
    }

    /** A rule for requests of any method on these path patterns. */
    public Target on(String... patterns) {
        return new Target(ServerWebExchangeMatchers.pathMatchers(patterns));
    }

    /**
     * Lets a browser send its token as the {@code access_token} query parameter on these paths, because a browser
     * cannot set a header on a WebSocket or an EventSource request. Everywhere else only the header counts.
     */
    public AccessTable tokenInQueryAllowedOn(String... patterns) {
        queryTokenPaths.addAll(Arrays.asList(patterns));
        return this;
    }

    List<String> queryTokenPaths() {
        return queryTokenPaths;
    }

    void applyTo(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        for (Rule rule : rules) {
            exchanges.matchers(rule.matcher()).access(rule.manager());
        }
    }

    /** The requests a rule is about, waiting for who may make them. */
    public final class Target {

        private final ServerWebExchangeMatcher matcher;

        private Target(ServerWebExchangeMatcher matcher) {
            this.matcher = matcher;
        }

        /** Allowed to a caller holding any of these roles. */
        public AccessTable allow(String... roles) {
            rules.add(new Rule(
                    matcher, (authentication, context) -> decide(authentication, caller -> holdsAny(caller, roles))));
            return AccessTable.this;
        }

        /**
         * Open to anyone, with or without a token; only for what holds no data, such as a page's HTML, script and
         * style. A request carrying an invalid token is still refused.
         */
        public AccessTable openToAnyone() {
            rules.add(new Rule(matcher, (authentication, context) -> Mono.just(new AuthorizationDecision(true))));
            return AccessTable.this;
        }

        /**
         * Allowed to a caller with {@code ownerRole} whose token subject equals the path variable {@code variable},
         * and to a caller holding any of {@code otherRoles}: an agent may change only their own state.
         */
        public AccessTable allowOwner(String variable, String ownerRole, String... otherRoles) {
            rules.add(new Rule(
                    matcher,
                    (authentication, context) -> decide(
                            authentication,
                            caller -> holdsAny(caller, otherRoles) || owns(caller, context, variable, ownerRole))));
            return AccessTable.this;
        }
    }

    private static boolean owns(Authentication caller, AuthorizationContext context, String variable, String role) {
        Map<String, Object> variables = context.getVariables();
        return holdsAny(caller, role) && caller.getName().equals(variables.get(variable));
    }

    static boolean holdsAny(Authentication caller, String... roles) {
        if (!caller.isAuthenticated()) {
            return false;
        }
        List<String> wanted = new ArrayList<>(Arrays.asList(roles));
        wanted.add(Roles.ADMIN);
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> wanted.stream().anyMatch(role -> authority.equals("ROLE_" + role)));
    }

    private record Rule(ServerWebExchangeMatcher matcher, ReactiveAuthorizationManager<AuthorizationContext> manager) {}

    static Mono<AuthorizationResult> decide(Mono<Authentication> authentication, Predicate<Authentication> allowed) {
        return authentication
                .<AuthorizationResult>map(caller -> new AuthorizationDecision(allowed.test(caller)))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
