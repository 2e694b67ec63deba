package org.trialline.queue.contacts;

/** Where a contact stands on its way through a queue. */
public enum ContactStatus {
    /** Waiting for an agent. */
    QUEUED,
    /** Reserved for one agent, who has not accepted it yet. */
    OFFERED,
    /** In conversation with an agent. */
    ANSWERED,
    /** Answered, the patient on hold. */
    ON_HOLD,
    /** The conversation ended; the agent is doing the work after it. */
    WRAP_UP,
    /** Finished, with a disposition. */
    COMPLETED,
    /** Left the queue before an agent answered. */
    LEFT
}
