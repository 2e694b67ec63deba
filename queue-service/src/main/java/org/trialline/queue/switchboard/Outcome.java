package org.trialline.queue.switchboard;

/** What taking an event did. */
public enum Outcome {
    /** The event was new and is now part of the record. */
    APPLIED,
    /** The event had been taken before; nothing changed. */
    DUPLICATE
}
