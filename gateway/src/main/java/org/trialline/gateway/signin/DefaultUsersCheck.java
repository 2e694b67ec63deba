package org.trialline.gateway.signin;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.trialline.gateway.config.SecurityProperties;

/**
 * Stops the gateway at start-up when a user whose password is their own username is configured outside the
 * {@code local} profile: those are the well-known users of local runs, and anyone could sign in as them.
 */
class DefaultUsersCheck implements InitializingBean {

    private final Map<String, SecurityProperties.User> users;
    private final PasswordEncoder passwords;
    private final Environment environment;

    DefaultUsersCheck(SecurityProperties security, PasswordEncoder passwords, Environment environment) {
        this.users = security.users();
        this.passwords = passwords;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.acceptsProfiles(Profiles.of("local"))) {
            return;
        }
        List<String> guessable = users.entrySet().stream()
                .filter(user -> passwords.matches(user.getKey(), user.getValue().password()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        if (!guessable.isEmpty()) {
            throw new DefaultUsersRefused(guessable);
        }
    }
}
