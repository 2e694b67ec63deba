package org.trialline.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.trialline.gateway.signin.SigningKey;

/** Tokens as the gateway signs them, made with the tests' own key (the gateway under test is given the same). */
final class Tokens {

    static final String KEY_LOCATION = "classpath:trialline-test-keys/private.pem";

    private static final RSAKey KEY = SigningKey.from(new ClassPathResource("trialline-test-keys/private.pem"))
            .privateJwk();

    private Tokens() {}

    static String valid(String subject, String... roles) {
        return sign(subject, List.of(roles), Instant.now().plus(Duration.ofMinutes(5)));
    }

    // well past the minute of clock skew a validator forgives
    static String expired(String subject, String... roles) {
        return sign(subject, List.of(roles), Instant.now().minus(Duration.ofMinutes(10)));
    }

    /** An AGENT's token whose payload was rewritten to claim ADMIN, its signature kept. */
    static String tampered() {
        String[] parts = valid("agent", "AGENT").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"AGENT\"", "\"ADMIN\"");
        String forged =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + forged + "." + parts[2];
    }

    /** A token as the token endpoint signs it, for a user who signed in at {@code signedInAt}, from {@code issuer}. */
    static String signedIn(String issuer, Instant signedInAt, Instant expires, String subject, String... roles) {
        return sign(issuer, subject, List.of(roles), expires, signedInAt);
    }

    private static String sign(String subject, List<String> roles, Instant expires) {
        return sign(org.trialline.testsupport.TestTokens.ISSUER, subject, roles, expires, null);
    }

    private static String sign(String issuer, String subject, List<String> roles, Instant expires, Instant signedInAt) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .claim("roles", roles)
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expires));
        if (signedInAt != null) {
            builder.claim("auth_time", signedInAt.getEpochSecond());
        }
        JWTClaimsSet claims = builder.build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(KEY.getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }
}
