package org.trialline.gateway.access;

import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.trialline.gateway.config.GatewayProperties;
import org.trialline.gateway.config.SecurityProperties;
import org.trialline.gateway.signin.SigningKey;

/** Checks every request's token against {@link AccessRules} and sets the headers browsers act on. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // browsers cannot put a header on an EventSource or a WebSocket, so the feeds may carry ?access_token=
    private static final ServerWebExchangeMatcher FEEDS =
            ServerWebExchangeMatchers.pathMatchers("/api/kpi/feed/**", "/rsocket", "/api/wfm/rosters/*/events");

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http, ProblemAnswers problems, SecurityProperties security, GatewayProperties gateway) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, refused) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return problems.answer(
                    exchange,
                    HttpStatus.UNAUTHORIZED,
                    "A valid bearer token is needed; ask /api/auth/token or your identity provider for one.");
        };
        ServerAuthenticationFailureHandler failed = (filterExchange, failure) -> {
            if (!(failure instanceof AuthenticationServiceException)) {
                return unauthenticated.commence(filterExchange.getExchange(), failure);
            }
            // the token could not be checked at all, most often because the identity provider does not answer
            log.error("Could not check a bearer token; answered 503: {}", failure.getMessage());
            return problems.answer(
                    filterExchange.getExchange(),
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Sign-in cannot be checked right now; try again in a few seconds.");
        };
        ServerAccessDeniedHandler forbidden = (exchange, denied) ->
                problems.answer(exchange, HttpStatus.FORBIDDEN, "Your roles do not allow this request.");
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(this::applyRules)
                .oauth2ResourceServer(server -> server.bearerTokenConverter(bearerTokens())
                        .authenticationEntryPoint(unauthenticated)
                        .authenticationFailureHandler(failed)
                        .accessDeniedHandler(forbidden)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new ReactiveJwtAuthenticationConverterAdapter(new RolesClaim(security.rolesClaim())))))
                .exceptionHandling(handling ->
                        handling.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer ->
                                referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(Caller.noting(), SecurityWebFiltersOrder.AUTHENTICATION);
        List<String> origins = gateway.cors().allowedOrigins();
        if (origins.isEmpty()) {
            http.cors(ServerHttpSecurity.CorsSpec::disable);
        } else {
            http.cors(cors -> cors.configurationSource(corsFor(origins)));
        }
        return http.build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties security, SigningKey key) throws Exception {
        if (security.externalIssuer()) {
            String issuer = security.issuerUri().toString();
            // resolved on the first token, so the gateway starts while the identity provider is still starting
            NimbusReactiveJwtDecoder decoder =
                    NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            return decoder;
        }
        RSAPublicKey publicKey = key.publicJwk().toRSAPublicKey();
        NimbusReactiveJwtDecoder decoder =
                NimbusReactiveJwtDecoder.withPublicKey(publicKey).build();
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(security.issuer())));
        return decoder;
    }

    private void applyRules(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        for (AccessRules.Rule rule : AccessRules.RULES) {
            String[] paths = rule.paths().toArray(String[]::new);
            ServerHttpSecurity.AuthorizeExchangeSpec.Access access = rule.method() == null
                    ? exchanges.pathMatchers(paths)
                    : exchanges.pathMatchers(rule.method(), paths);
            if (rule.open()) {
                access.permitAll();
            } else if (rule.ownAgentOnly()) {
                access.access(ownAgentOrAdmin());
            } else {
                access.hasAnyRole(withAdmin(rule));
            }
        }
        exchanges.anyExchange().hasRole(Role.ADMIN.name());
    }

    private static String[] withAdmin(AccessRules.Rule rule) {
        List<String> names = new ArrayList<>();
        rule.roles().forEach(role -> names.add(role.name()));
        names.add(Role.ADMIN.name());
        return names.toArray(String[]::new);
    }

    private static ReactiveAuthorizationManager<AuthorizationContext> ownAgentOrAdmin() {
        return (authentication, context) -> authentication
                .filter(Authentication::isAuthenticated)
                .map(caller -> {
                    List<String> roles = RolesClaim.roles(caller.getAuthorities());
                    boolean own = roles.contains(Role.AGENT.name())
                            && caller.getName().equals(context.getVariables().get("id"));
                    return new AuthorizationDecision(own || roles.contains(Role.ADMIN.name()));
                })
                .defaultIfEmpty(new AuthorizationDecision(false))
                .cast(AuthorizationResult.class);
    }

    private static ServerAuthenticationConverter bearerTokens() {
        ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();
        ServerBearerTokenAuthenticationConverter headerOrQuery = new ServerBearerTokenAuthenticationConverter();
        headerOrQuery.setAllowUriQueryParameter(true);
        return exchange -> FEEDS.matches(exchange)
                .flatMap(feed -> feed.isMatch() ? headerOrQuery.convert(exchange) : header.convert(exchange));
    }

    private static UrlBasedCorsConfigurationSource corsFor(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
