package org.trialline.events;

/** Who ended a conversation; {@link #UNKNOWN} where the telephony record does not say. */
public enum EndedBy {
    PATIENT,
    AGENT,
    SYSTEM,
    TRANSFER,
    UNKNOWN
}
