package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A contact left the queue before any agent answered it. */
@JsonTypeName("contact.left-queue")
public record ContactLeftQueue(
        UUID eventId, Instant occurredAt, String queueId, UUID contactId, LeaveReason reason, int version)
        implements ContactEvent {

    public ContactLeftQueue {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(queueId, "queueId is required");
        Objects.requireNonNull(contactId, "contactId is required");
        Objects.requireNonNull(reason, "reason is required");
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
    }
}
