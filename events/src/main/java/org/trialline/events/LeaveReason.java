package org.trialline.events;

/** Why a contact left the queue before an agent answered it. */
public enum LeaveReason {
    ABANDONED,
    TIMEOUT,
    EXIT_KEY,
    FLOW_OUT,
    CALLBACK_REQUESTED
}
