package org.trialline.events;

/** Which service-level formula a queue reports; see the KPI definitions in ARCHITECTURE.md. */
public enum ServiceLevelVariant {
    /** Answered within T ÷ (answered + abandoned after T). */
    STANDARD,
    /** Answered within T ÷ answered. */
    ASTERISK,
    /** Left the queue within T ÷ queued, short abandons left out. */
    CONNECT
}
