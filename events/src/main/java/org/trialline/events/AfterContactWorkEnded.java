package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The agent finished the work after a contact and recorded how it ended. */
@JsonTypeName("contact.after-work-ended")
public record AfterContactWorkEnded(
        UUID eventId,
        Instant occurredAt,
        String queueId,
        UUID contactId,
        String agentId,
        Disposition disposition,
        int version)
        implements ContactEvent {

    public AfterContactWorkEnded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(disposition, "disposition");
    }
}
