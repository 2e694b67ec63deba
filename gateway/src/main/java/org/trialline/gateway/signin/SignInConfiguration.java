package org.trialline.gateway.signin;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.trialline.gateway.config.SecurityProperties;

/** The gateway's own sign-in: its signing key, password hashes, the start-up check of its users and the login page. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    SigningKey signingKey(SecurityProperties security) {
        return SigningKey.from(security.signingKeyLocation());
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.privateJwk())));
    }

    // hashes name their algorithm ({bcrypt}, {argon2}, ...), so one can be replaced without touching the others
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    DefaultUsersCheck defaultUsersCheck(
            SecurityProperties security, PasswordEncoder passwords, Environment environment) {
        return new DefaultUsersCheck(security, passwords, environment);
    }

    @Bean
    RouterFunction<ServerResponse> loginPage() {
        ClassPathResource page = new ClassPathResource("static/login.html");
        return RouterFunctions.route()
                .GET(
                        "/login",
                        request -> ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .bodyValue(page))
                .build();
    }
}
