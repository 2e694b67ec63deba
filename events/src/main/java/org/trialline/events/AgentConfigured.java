package org.trialline.events;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An agent was set up or changed: who they are and what they may handle. An agent serves a queue when they have its
 * trial, its language and its channel.
 *
 * @param queueId always empty: an agent belongs to no single queue
 * @param languages language tag to proficiency, 1 to 5
 */
@JsonTypeName("agent.configured")
public record AgentConfigured(
        UUID eventId,
        Instant occurredAt,
        String queueId,
        String agentId,
        String name,
        Map<String, Integer> languages,
        Set<String> trials,
        Set<Channel> channels,
        int version)
        implements QueueEvent {

    public AgentConfigured {
        Objects.requireNonNull(eventId, "eventId is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(agentId, "agentId is required");
        Objects.requireNonNull(name, "name is required");
        languages = Map.copyOf(Objects.requireNonNull(languages, "languages is required"));
        trials = Set.copyOf(Objects.requireNonNull(trials, "trials is required"));
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels is required"));
        Checks.instant("occurredAt", occurredAt);
        Checks.text("queueId", queueId);
        Checks.text("agentId", agentId);
        Checks.text("name", name);
    }

    /** Whether the agent may take contacts of a queue with this trial, language and channel. */
    public boolean serves(String trial, String language, Channel channel) {
        return trials.contains(trial) && languages.containsKey(language) && channels.contains(channel);
    }
}
