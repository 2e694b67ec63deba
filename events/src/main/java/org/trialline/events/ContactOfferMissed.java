package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An agent let an offered contact go unanswered; the contact waits in the queue again. */
@JsonTypeName("contact.offer-missed")
public record ContactOfferMissed(
        UUID eventId, Instant occurredAt, String queueId, UUID contactId, String agentId, int version)
        implements ContactEvent {

    public ContactOfferMissed {
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
