package org.trialline.queue.agents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trialline.events.AgentState;

/**
 * Someone who answers patients: the trials, languages and channels they may handle, and what they are doing now.
 *
 * @param languages language tag → proficiency from 1 (basic) to 5 (native)
 * @param availableSince when the agent last became available; the longest idle agent is offered first
 */
public record Agent(
        String id,
        String name,
        Map<String, Integer> languages,
        List<String> trials,
        List<String> channels,
        AgentState state,
        String stateReason,
        Instant stateSince,
        Instant availableSince,
        int missedOffers) {

    public boolean serves(String trial, String language, String channel) {
        return trials.contains(trial) && languages.containsKey(language) && channels.contains(channel);
    }
}
