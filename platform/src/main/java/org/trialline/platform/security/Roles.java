package org.trialline.platform.security;

/** The role names a TrialLine token carries in its roles claim, without the {@code ROLE_} prefix. */
public final class Roles {

    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String PLANNER = "PLANNER";
    /** Looks after patients, visits and reminders. */
    public static final String COORDINATOR = "COORDINATOR";

    public static final String AGENT = "AGENT";
    public static final String ADMIN = "ADMIN";
    /** A client role: the telephony platform and importers that feed contacts and events. */
    public static final String TELEPHONY = "TELEPHONY";

    private Roles() {}
}
