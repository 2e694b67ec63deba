package org.trialline.events;

/** Who ended a conversation. */
public enum EndedBy {
    PATIENT,
    AGENT,
    SYSTEM
}
