package org.trialline.events;

/** How a handled contact ended, recorded by the agent after the contact. */
public enum Disposition {
    RESOLVED_FIRST_CONTACT,
    FOLLOW_UP_NEEDED,
    PRE_SCREENED_ELIGIBLE,
    SCREENING_VISIT_BOOKED,
    ENROLLED,
    NOT_ELIGIBLE,
    WITHDRAWN
}
