package org.trialline.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Bearer tokens as the gateway issues them, signed with the test-only key pair in {@code trialline-test-keys}, which
 * {@link RealInfrastructureInitializer} makes every service under test trust. Never trusted outside tests.
 */
public final class TestTokens {

    /** The classpath location of the public half, for {@code trialline.security.public-key-location}. */
    public static final String PUBLIC_KEY_LOCATION = "classpath:trialline-test-keys/public.pem";

    /** The issuer the test tokens carry and the services under test check. */
    public static final String ISSUER = "trialline-test";

    private static final Duration LIFETIME = Duration.ofMinutes(30);

    // well beyond the minute of clock skew a resource server allows
    private static final Duration LONG_AGO = Duration.ofHours(2);

    private static final PrivateKey KEY = privateKey();

    private TestTokens() {}

    /** A valid token for this subject and roles, as the value of an {@code Authorization} header. */
    public static String bearer(String subject, String... roles) {
        return "Bearer " + token(subject, ISSUER, Instant.now().plus(LIFETIME), roles);
    }

    /** A token that expired two hours ago. */
    public static String expired(String subject, String... roles) {
        return "Bearer " + token(subject, ISSUER, Instant.now().minus(LONG_AGO), roles);
    }

    /** A token whose payload was changed after signing, so its signature no longer matches. */
    public static String tampered(String subject, String... roles) {
        String[] parts =
                token(subject, ISSUER, Instant.now().plus(LIFETIME), roles).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"roles\":[", "\"roles\":[\"ADMIN\",");
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
        return "Bearer " + parts[0] + "." + encoded + "." + parts[2];
    }

    /** A validly signed token from another issuer. */
    public static String foreignIssuer(String subject, String... roles) {
        return "Bearer " + token(subject, "someone-else", Instant.now().plus(LIFETIME), roles);
    }

    /** Sets a valid token for this subject and roles on every request of a client. */
    public static Consumer<HttpHeaders> as(String subject, String... roles) {
        String bearer = bearer(subject, roles);
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, bearer);
    }

    /** The client, sending a valid token for this subject and roles with every request. */
    public static WebTestClient signedIn(WebTestClient client, String subject, String... roles) {
        return client.mutate().defaultHeaders(as(subject, roles)).build();
    }

    private static String token(String subject, String issuer, Instant expiry, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .issueTime(Date.from(expiry.minus(LIFETIME)))
                .expirationTime(Date.from(expiry))
                .claim("roles", List.of(roles))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException failure) {
            throw new IllegalStateException("Could not sign a test token", failure);
        }
        return jwt.serialize();
    }

    private static PrivateKey privateKey() {
        try (InputStream pem = TestTokens.class.getResourceAsStream("/trialline-test-keys/private.pem")) {
            String base64 = new String(pem.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("The test private key cannot be read", failure);
        }
    }
}
