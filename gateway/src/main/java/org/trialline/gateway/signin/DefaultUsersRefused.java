package org.trialline.gateway.signin;

import java.util.List;

/** Users whose password is their username are configured while the {@code local} profile is not active. */
class DefaultUsersRefused extends RuntimeException {

    DefaultUsersRefused(List<String> usernames) {
        super("trialline.security.users has users whose password is their username (" + String.join(", ", usernames)
                + ") while the local profile is not active");
    }

    String action() {
        return "remove them or give each a password hash of its own, or run with --spring.profiles.active=local.";
    }
}
