package org.trialline.gateway.access;

/** Who a caller is to TrialLine; tokens carry these names without a prefix. */
enum Role {
    SUPERVISOR,
    PLANNER,
    COORDINATOR,
    AGENT,
    ADMIN,
    TELEPHONY
}
