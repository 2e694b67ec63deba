package org.trialline.gateway.signin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.gateway.config.SecurityProperties;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Signs short-lived tokens for the users in configuration, and publishes the key that checks them. */
@RestController
@ConditionalOnExpression("'${trialline.security.issuer-uri:}'.isEmpty()")
class TokenEndpoint {

    // an unknown user costs a hash check too, so the answer's timing does not tell which usernames exist
    private static final String NOBODY = "{bcrypt}$2a$10$v1MmlpmRoN3obkn4HQXw5e0Wk.0t3ckuKGg31gon8W4EJlW2nbWaa";

    private final SecurityProperties security;
    private final PasswordEncoder passwords;
    private final JwtEncoder encoder;
    private final SigningKey key;

    TokenEndpoint(SecurityProperties security, PasswordEncoder passwords, JwtEncoder encoder, SigningKey key) {
        this.security = security;
        this.passwords = passwords;
        this.encoder = encoder;
        this.key = key;
    }

    @PostMapping("/api/auth/token")
    Mono<TokenAnswer> token(@RequestBody Mono<Credentials> credentials) {
        // hashing is slow on purpose; it must not hold an event-loop thread
        return credentials
                .map(Credentials::required)
                .publishOn(Schedulers.boundedElastic())
                .map(this::signIn);
    }

    @GetMapping("/oauth2/jwks")
    Map<String, Object> jwks() {
        return Map.of("keys", List.of(key.publicJwk().toJSONObject()));
    }

    private TokenAnswer signIn(Credentials credentials) {
        SecurityProperties.User user = security.users().get(credentials.username());
        String hash = user == null ? NOBODY : user.password();
        if (!passwords.matches(credentials.password(), hash) || user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Unknown user or wrong password.");
        }
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(credentials.username())
                .issuedAt(now)
                .expiresAt(now.plus(security.tokenLifetime()))
                .claim("roles", List.copyOf(user.roles()))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(key.publicJwk().getKeyID())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenAnswer(token, security.tokenLifetime().toSeconds());
    }

    record Credentials(String username, String password) {

        Credentials required() {
            if (username == null || username.isBlank() || password == null) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "The request needs a JSON body with username and password.");
            }
            return this;
        }
    }

    record TokenAnswer(String accessToken, long expiresIn) {}
}
