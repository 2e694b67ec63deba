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
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(endedBy, "endedBy");
    }
}
