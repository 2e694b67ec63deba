package org.trialline.queue.queues;

/** Who decides which agent gets a queue's contacts. */
public enum RoutedBy {
    /** TrialLine offers each contact to an agent. */
    TRIALLINE,
    /** The phone system routes; TrialLine records what it reports. */
    TELEPHONY
}
