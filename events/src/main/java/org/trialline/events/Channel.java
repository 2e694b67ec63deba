package org.trialline.events;

/** How patients reach a queue, and which of those an agent may handle. */
public enum Channel {
    VOICE,
    SMS,
    EMAIL,
    CHAT,
    CALLBACK
}
