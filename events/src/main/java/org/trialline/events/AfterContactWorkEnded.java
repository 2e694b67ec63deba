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
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(queueId, "queueId is required");
        Objects.requireNonNull(contactId, "contactId is required");
        Objects.requireNonNull(agentId, "agentId is required");
        Objects.requireNonNull(disposition, "disposition is required");
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
        Checks.text("agentId", agentId);
    }
}
