package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A contact entered a queue and waits for an agent. */
@JsonTypeName("contact.queued")
public record ContactQueued(
        UUID eventId, Instant occurredAt, String queueId, UUID contactId, String patientReference, int version)
        implements ContactEvent {

    public ContactQueued {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(queueId, "queueId is required");
        Objects.requireNonNull(contactId, "contactId is required");
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
        Checks.text("patientReference", patientReference);
    }
}
