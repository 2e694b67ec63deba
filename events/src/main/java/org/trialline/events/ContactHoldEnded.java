package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The patient came back from hold. */
@JsonTypeName("contact.hold-ended")
public record ContactHoldEnded(
        UUID eventId, Instant occurredAt, String queueId, UUID contactId, String agentId, int version)
        implements ContactEvent {

    public ContactHoldEnded {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(queueId, "queueId is required");
        Objects.requireNonNull(contactId, "contactId is required");
        Objects.requireNonNull(agentId, "agentId is required");
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
        Checks.text("agentId", agentId);
    }
}
