package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in the centre, as queue-service publishes it on the {@code queue.events} stream and every
 * consumer reads it. Delivery is at least once: consumers deduplicate by {@link #eventId()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(ContactQueued.class),
    @JsonSubTypes.Type(ContactOffered.class),
    @JsonSubTypes.Type(ContactOfferMissed.class),
    @JsonSubTypes.Type(ContactAnswered.class),
    @JsonSubTypes.Type(ContactHoldStarted.class),
    @JsonSubTypes.Type(ContactHoldEnded.class),
    @JsonSubTypes.Type(ContactEnded.class),
    @JsonSubTypes.Type(ContactLeftQueue.class),
    @JsonSubTypes.Type(AfterContactWorkEnded.class),
    @JsonSubTypes.Type(SurveyAnswered.class),
    @JsonSubTypes.Type(AgentStateChanged.class),
    @JsonSubTypes.Type(QueueConfigured.class),
    @JsonSubTypes.Type(AgentConfigured.class)
})
public sealed interface QueueEvent permits ContactEvent, AgentStateChanged, QueueConfigured, AgentConfigured {

    /** The schema version producers write today; a consumer reads this and every older one. */
    int CURRENT_VERSION = 1;

    /** The idempotency key. */
    UUID eventId();

    /** When it happened, in UTC; KPIs follow this time, not the time the event arrived. */
    Instant occurredAt();

    /** The queue it belongs to; empty only for an agent's change of state. */
    String queueId();

    /** The schema version it was written with. */
    int version();
}
