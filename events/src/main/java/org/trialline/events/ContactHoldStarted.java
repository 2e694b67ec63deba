package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The agent put the patient on hold. */
@JsonTypeName("contact.hold-started")
public record ContactHoldStarted(
        UUID eventId, Instant occurredAt, String queueId, UUID contactId, String agentId, int version)
        implements ContactEvent {

    public ContactHoldStarted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(agentId, "agentId");
    }
}
