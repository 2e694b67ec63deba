package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The conversation ended; after-contact work may follow. */
@JsonTypeName("contact.ended")
public record ContactEnded(
        UUID eventId, Instant occurredAt, String queueId, UUID contactId, String agentId, EndedBy endedBy, int version)
        implements ContactEvent {

    public ContactEnded {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(queueId, "queueId is required");
        Objects.requireNonNull(contactId, "contactId is required");
        Objects.requireNonNull(agentId, "agentId is required");
        Objects.requireNonNull(endedBy, "endedBy is required");
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
        Checks.text("agentId", agentId);
    }
}
