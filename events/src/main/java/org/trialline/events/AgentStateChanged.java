package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An agent moved to another state. An agent serves several queues at once, so {@code queueId} is empty unless the
 * change belongs to one queue's contact.
 */
@JsonTypeName("agent.state-changed")
public record AgentStateChanged(
        UUID eventId,
        Instant occurredAt,
        String queueId,
        String agentId,
        AgentState state,
        String reason,
        Instant since,
        int version)
        implements QueueEvent {

    public AgentStateChanged {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(agentId, "agentId is required");
        Objects.requireNonNull(state, "state is required");
        Objects.requireNonNull(since, "since is required");
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
        Checks.text("agentId", agentId);
        Checks.text("reason", reason);
        Checks.instant("since", since);
    }
}
