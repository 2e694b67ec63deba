package org.trialline.wfm.roster;

/** Where a roster is in its planning. */
public enum RosterStatus {
    NOT_SOLVED,
    SOLVING,
    SOLVED
}
