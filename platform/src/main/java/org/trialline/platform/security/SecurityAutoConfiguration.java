package org.trialline.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.trialline.platform.PlatformAutoConfiguration;
import org.trialline.platform.problem.ProblemDetailsExceptionHandler;

/**
 * Makes every TrialLine service a resource server that checks the bearer token itself, so that a call that bypasses
 * the gateway is refused as the gateway would refuse it. What each role may do comes from the service's
 * {@link AccessRules}.
 */
@AutoConfiguration(
        after = PlatformAutoConfiguration.class,
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration"
        })
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityAutoConfiguration {

    // probes and the Prometheus scrape come from inside the cluster, where no token is handed out; the API
    // description says nothing a caller could not learn from a refused request
    private static final String[] OPEN_PATHS = {
        "/livez",
        "/readyz",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/webjars/**"
    };

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder jwtDecoder(SecuritySettings settings) throws IOException {
        NimbusReactiveJwtDecoder decoder = keySource(settings);
        OAuth2TokenValidator<Jwt> validator = settings.checksIssuer()
                ? JwtValidators.createDefaultWithIssuer(settings.issuer())
                : JwtValidators.createDefault();
        decoder.setJwtValidator(validator);
        return decoder;
    }

    private static NimbusReactiveJwtDecoder keySource(SecuritySettings settings) throws IOException {
        if (settings.issuerUri() != null) {
            return NimbusReactiveJwtDecoder.withIssuerLocation(
                            settings.issuerUri().toString())
                    .build();
        }
        if (settings.jwkSetUri() == null && settings.publicKeyLocation() != null) {
            try (InputStream pem = settings.publicKeyLocation().getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(pem);
                return NimbusReactiveJwtDecoder.withPublicKey(key)
                        .signatureAlgorithm(SignatureAlgorithm.RS256)
                        .build();
            }
        }
        String jwkSet = settings.jwkSetUri() == null
                ? SecuritySettings.LOCAL_JWK_SET.toString()
                : settings.jwkSetUri().toString();
        return NimbusReactiveJwtDecoder.withJwkSetUri(jwkSet).build();
    }

    @Bean
    @ConditionalOnMissingBean
    TokenCheck tokenCheck(ReactiveJwtDecoder decoder, SecuritySettings settings) {
        return new TokenCheck(decoder, settings.rolesClaim());
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain resourceServer(
            ServerHttpSecurity http,
            ReactiveJwtDecoder decoder,
            SecuritySettings settings,
            ObjectProvider<AccessRules> rules,
            ProblemDetailsExceptionHandler problems) {
        AccessTable table = new AccessTable();
        rules.orderedStream().forEach(declared -> declared.declare(table));
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(new RolesClaim(settings.rolesClaim()));
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(OPEN_PATHS).permitAll();
                    table.applyTo(exchanges);
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(decoder)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(roles)))
                        .bearerTokenConverter(bearerTokens(table.queryTokenPaths()))
                        .authenticationEntryPoint(SecurityProblems.unauthorized(problems))
                        .accessDeniedHandler(SecurityProblems.forbidden(problems)))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(SecurityProblems.unauthorized(problems))
                                .accessDeniedHandler(SecurityProblems.forbidden(problems)))
                .build();
    }

    private static ServerAuthenticationConverter bearerTokens(List<String> queryTokenPaths) {
        ServerBearerTokenAuthenticationConverter headerOnly = new ServerBearerTokenAuthenticationConverter();
        if (queryTokenPaths.isEmpty()) {
            return headerOnly;
        }
        ServerBearerTokenAuthenticationConverter headerOrQuery = new ServerBearerTokenAuthenticationConverter();
        headerOrQuery.setAllowUriQueryParameter(true);
        ServerWebExchangeMatcher queryAllowed =
                ServerWebExchangeMatchers.pathMatchers(queryTokenPaths.toArray(String[]::new));
        return exchange -> queryAllowed
                .matches(exchange)
                .flatMap(match -> match.isMatch() ? headerOrQuery.convert(exchange) : headerOnly.convert(exchange));
    }
}
