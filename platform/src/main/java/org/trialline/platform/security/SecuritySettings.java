package org.trialline.platform.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where a service finds the key that signs bearer tokens and what it checks in them. The first key source that is set
 * wins: {@code issuer-uri} (OpenID Connect discovery), {@code jwk-set-uri}, {@code public-key-location}; with none
 * set, the gateway's JWK Set on this machine.
 *
 * @param issuerUri an identity provider's issuer, whose discovery document names its JWK Set
 * @param jwkSetUri a JWK Set to fetch the signing keys from
 * @param publicKeyLocation a PEM RSA public key, for tests and closed networks
 * @param issuer the {@code iss} every token must carry; not checked when empty
 * @param rolesClaim the claim, dotted for a nested one, holding the list of role names
 */
@ConfigurationProperties("trialline.security")
public record SecuritySettings(
        URI issuerUri,
        URI jwkSetUri,
        Resource publicKeyLocation,
        String issuer,
        @DefaultValue("roles") String rolesClaim) {

    /** The gateway's JWK Set when it runs on this machine, as {@code ./trialline up} starts it. */
    public static final URI LOCAL_JWK_SET = URI.create("http://127.0.0.1:8080/oauth2/jwks");

    boolean checksIssuer() {
        return issuer != null && !issuer.isBlank();
    }
}
