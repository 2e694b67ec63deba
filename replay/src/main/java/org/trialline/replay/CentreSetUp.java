package org.trialline.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Sets up the queues and agents a plan needs, as a supervisor would, before any call arrives. A queue or agent that
 * is already set up as wanted is left alone, so a second replay publishes no set-up again.
 */
final class CentreSetUp {

    private final GatewayClient gateway;
    private final String supervisor;

    CentreSetUp(GatewayClient gateway, String supervisor) {
        this.gateway = gateway;
        this.supervisor = supervisor;
    }

    void queues(Set<String> queues) {
        for (String queue : queues) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("trial", queue);
            settings.put("language", QueueLines.language(queue));
            settings.put("channel", "VOICE");
            settings.put("routedBy", "TELEPHONY");
            JsonNode found = gateway.find(supervisor, "/api/queue/queues/" + queue);
            if (found == null || !sameQueue(found, settings)) {
                gateway.put(supervisor, "/api/queue/queues/" + queue, settings);
            }
        }
    }

    void agents(Map<String, Set<String>> skills) {
        skills.forEach((agent, queues) -> {
            Set<String> languages = new TreeSet<>();
            queues.forEach(queue -> languages.add(QueueLines.language(queue)));
            JsonNode found = gateway.find(supervisor, "/api/queue/agents/" + agent);
            if (found == null || !sameAgent(found, queues, languages)) {
                List<Map<String, Object>> spoken = new ArrayList<>();
                languages.forEach(language -> spoken.add(Map.of("language", language, "proficiency", 5)));
                gateway.put(
                        supervisor,
                        "/api/queue/agents/" + agent,
                        Map.of(
                                "name",
                                name(agent),
                                "languages",
                                spoken,
                                "trials",
                                List.copyOf(queues),
                                "channels",
                                List.of("VOICE")));
            }
        });
    }

    private static boolean sameQueue(JsonNode found, Map<String, Object> settings) {
        return settings.entrySet().stream()
                        .allMatch(setting -> setting.getValue()
                                .equals(found.path(setting.getKey()).asString()))
                && found.path("serviceLevelSeconds").asInt() == 20
                && found.path("shortAbandonSeconds").asInt() == 5
                && "STANDARD".equals(found.path("serviceLevelVariant").asString());
    }

    private static boolean sameAgent(JsonNode found, Set<String> queues, Set<String> languages) {
        Set<String> trials = new TreeSet<>();
        found.path("trials").forEach(trial -> trials.add(trial.asString()));
        Set<String> spoken = new TreeSet<>();
        found.path("languages").propertyNames().forEach(spoken::add);
        return trials.equals(queues) && spoken.equals(languages);
    }

    // the file knows agents by first name in capitals; a stand-in is named for what it is
    static String name(String agent) {
        if (agent.startsWith(CallPlan.STAND_IN)) {
            return "Stand-in " + agent.substring(CallPlan.STAND_IN.length());
        }
        return agent.charAt(0) + agent.substring(1).toLowerCase(Locale.ROOT);
    }
}
