package org.trialline.queue.routing;

import java.time.Instant;
import java.util.UUID;

/** A contact waiting for an agent, with what an agent needs to serve it. */
record WaitingContact(
        UUID contactId,
        String queueId,
        String trial,
        String language,
        String channel,
        int priority,
        Instant enqueuedAt) {}
