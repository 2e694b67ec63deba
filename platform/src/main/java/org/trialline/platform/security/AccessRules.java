package org.trialline.platform.security;

/**
 * A service's table of who may call what. Each service declares one bean of this type, so its rules read in one place;
 * the platform adds what every service shares: open health, metrics and API description paths, a valid token for all
 * the rest, and {@code ADMIN} allowed everywhere.
 */
@FunctionalInterface
public interface AccessRules {

    /** Declares the service's rules, most specific first: the first rule whose method and path match decides. */
    void declare(AccessTable table);
}
