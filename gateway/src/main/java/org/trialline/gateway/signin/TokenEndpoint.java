package org.trialline.gateway.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
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

    /** When the user signed in, in seconds since the epoch, as OpenID Connect names it; renewals keep it. */
    static final String AUTH_TIME = "auth_time";

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

    /**
     * A fresh token for the caller's own, with the same subject, roles and sign-in time, as long as the gateway signed
     * it and the session that began at sign-in has not outlived {@code session-lifetime}.
     */
    @PostMapping("/api/auth/token/renew")
    Mono<TokenAnswer> renew(@AuthenticationPrincipal Mono<Jwt> caller) {
        return caller.switchIfEmpty(Mono.error(() -> refusedRenewal("A bearer token is needed.")))
                .map(this::renewed);
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
        return sign(credentials.username(), List.copyOf(user.roles()), now, now);
    }

    private TokenAnswer renewed(Jwt caller) {
        // the decoder has checked signature, issuer and expiry already; these checks keep renewal to our own tokens
        if (!security.issuer().equals(caller.getClaimAsString("iss"))
                || !key.publicJwk().getKeyID().equals(caller.getHeaders().get("kid"))) {
            throw refusedRenewal("Only a token this gateway signed can be renewed.");
        }
        Instant signedInAt = signedInAt(caller.getClaims().get(AUTH_TIME));
        if (signedInAt == null) {
            throw refusedRenewal("The token does not say when its user signed in; sign in again.");
        }
        Instant now = Instant.now();
        if (!now.isBefore(signedInAt.plus(security.sessionLifetime()))) {
            throw refusedRenewal("The session has reached its lifetime; sign in again.");
        }
        List<String> roles = caller.getClaimAsStringList("roles");
        return sign(caller.getSubject(), roles == null ? List.of() : roles, signedInAt, now);
    }

    private TokenAnswer sign(String subject, List<String> roles, Instant signedInAt, Instant now) {
        // a renewed token never outlives the session it belongs to
        Instant sessionEnd = signedInAt.plus(security.sessionLifetime());
        Instant expires = now.plus(security.tokenLifetime());
        if (expires.isAfter(sessionEnd)) {
            expires = sessionEnd;
        }
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(subject)
                .issuedAt(now)
                .expiresAt(expires)
                .claim("roles", roles)
                .claim(AUTH_TIME, signedInAt.getEpochSecond())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(key.publicJwk().getKeyID())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenAnswer(token, Duration.between(now, expires).toSeconds());
    }

    private static Instant signedInAt(Object claim) {
        if (claim instanceof Instant instant) {
            return instant;
        }
        if (claim instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private static ResponseStatusException refusedRenewal(String reason) {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED, reason);
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
