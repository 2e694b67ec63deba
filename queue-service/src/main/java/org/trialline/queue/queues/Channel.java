package org.trialline.queue.queues;

/** How patients reach a queue. */
public enum Channel {
    VOICE,
    SMS,
    EMAIL,
    CHAT,
    CALLBACK
}
