package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The patient scored the contact in the post-contact survey. */
@JsonTypeName("contact.survey-answered")
public record SurveyAnswered(UUID eventId, Instant occurredAt, String queueId, UUID contactId, int score, int version)
        implements ContactEvent {

    public SurveyAnswered {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(queueId, "queueId is required");
        Objects.requireNonNull(contactId, "contactId is required");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be between 1 and 5, but is " + score);
        }
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
    }
}
