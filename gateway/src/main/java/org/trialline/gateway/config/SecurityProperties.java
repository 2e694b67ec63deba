package org.trialline.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How callers prove who they are: the tokens the gateway signs for its configured users, or, with {@code issuerUri}
 * set, the tokens of an outside identity provider.
 *
 * @param issuer the {@code iss} of the tokens the gateway signs
 * @param tokenLifetime how long a signed token is valid
 * @param sessionLifetime how long after signing in a token may still be renewed; then the user signs in again
 * @param signingKeyLocation a PEM PKCS#8 RSA private key; without it a key is generated at start-up
 * @param issuerUri an OpenID Connect issuer whose tokens are accepted instead; switches the token endpoint off
 * @param rolesClaim the claim holding the role names, dotted for a nested one ({@code realm_access.roles})
 * @param users who may ask the gateway for a token, by username
 */
@ConfigurationProperties("trialline.security")
public record SecurityProperties(
        @DefaultValue("trialline-local") String issuer,
        @DefaultValue("15m") Duration tokenLifetime,
        @DefaultValue("12h") Duration sessionLifetime,
        Resource signingKeyLocation,
        URI issuerUri,
        @DefaultValue("roles") String rolesClaim,
        Map<String, User> users) {

    public SecurityProperties {
        users = users == null ? Map.of() : Map.copyOf(users);
    }

    /** Whether an outside identity provider issues the tokens. */
    public boolean externalIssuer() {
        return issuerUri != null;
    }

    /**
     * A user the gateway signs tokens for.
     *
     * @param password a password hash with its algorithm, such as {@code {bcrypt}$2a$10$...}
     * @param roles role names without a prefix, such as {@code SUPERVISOR}
     */
    public record User(String password, Set<String> roles) {

        public User {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
