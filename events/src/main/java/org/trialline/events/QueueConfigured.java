package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A queue was set up or changed. Consumers learn from it which trial and language a queue serves and how its
 * service level is measured, so that they need not ask queue-service.
 *
 * @param serviceLevelTarget the share answered within {@code serviceLevelSeconds} the centre aims for, 0 to 1
 * @param serviceLevelSeconds T of "answered within T"
 * @param shortAbandonSeconds a contact that leaves within this many seconds is a short abandon
 */
@JsonTypeName("queue.configured")
public record QueueConfigured(
        UUID eventId,
        Instant occurredAt,
        String queueId,
        String trial,
        String language,
        Channel channel,
        double serviceLevelTarget,
        int serviceLevelSeconds,
        ServiceLevelVariant serviceLevelVariant,
        int shortAbandonSeconds,
        int priority,
        int version)
        implements QueueEvent {

    public QueueConfigured {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(queueId, "queueId is required");
        Objects.requireNonNull(trial, "trial is required");
        Objects.requireNonNull(language, "language is required");
        Objects.requireNonNull(channel, "channel is required");
        Objects.requireNonNull(serviceLevelVariant, "serviceLevelVariant is required");
        if (!(serviceLevelTarget >= 0 && serviceLevelTarget <= 1)) {
            throw new IllegalArgumentException(
                    "serviceLevelTarget must be between 0 and 1, but is " + serviceLevelTarget);
        }
        if (serviceLevelSeconds < 0 || shortAbandonSeconds < 0) {
            throw new IllegalArgumentException("serviceLevelSeconds and shortAbandonSeconds must not be negative");
        }
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
        Checks.text("trial", trial);
        Checks.text("language", language);
    }
}
