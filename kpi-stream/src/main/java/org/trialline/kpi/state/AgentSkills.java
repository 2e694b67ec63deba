package org.trialline.kpi.state;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trialline.events.AgentConfigured;
import org.trialline.events.Channel;

/** An agent's name and what they may handle, as their latest {@code agent.configured} said. */
public record AgentSkills(
        String agentId, String name, Set<String> languages, Set<String> trials, Set<Channel> channels) {

    private static final String SEPARATOR = "\u001f";

    /** Whether the agent serves the queue: its trial, language and channel. */
    public boolean serves(QueueSettings queue) {
        return queue.configured()
                && trials.contains(queue.trial())
                && languages.contains(queue.language())
                && channels.contains(queue.channel());
    }

    static Map<String, String> toHash(AgentConfigured event) {
        Map<String, String> hash = new LinkedHashMap<>();
        hash.put("name", event.name());
        hash.put(
                "languages",
                String.join(SEPARATOR, new TreeSet<>(event.languages().keySet())));
        hash.put("trials", String.join(SEPARATOR, new TreeSet<>(event.trials())));
        hash.put(
                "channels",
                event.channels().stream().map(Channel::name).sorted().collect(Collectors.joining(SEPARATOR)));
        return hash;
    }

    static AgentSkills fromHash(String agentId, Map<String, String> hash) {
        if (hash == null || !hash.containsKey("name")) {
            return null;
        }
        return new AgentSkills(
                agentId,
                hash.get("name"),
                split(hash.get("languages")),
                split(hash.get("trials")),
                split(hash.get("channels")).stream().map(Channel::valueOf).collect(Collectors.toSet()));
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.asList(joined.split(SEPARATOR)));
    }
}
