package org.trialline.kpi.feed;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Turns a snapshot into dotted keys and values, so that a feed can send only what changed and conflate per key. */
final class Flattening {

    private Flattening() {}

    static Map<String, Object> flatten(JsonMapper json, Object snapshot) {
        JsonNode tree = json.valueToTree(snapshot);
        // agents are keyed by id, so that one agent's change is one key rather than the whole list
        if (tree instanceof ObjectNode object
                && object.get("agents") != null
                && object.get("agents").isArray()) {
            ObjectNode byId = json.createObjectNode();
            object.get("agents").forEach(agent -> byId.set(agent.get("id").asString(), agent));
            object.set("agents", byId);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        walk("", tree, values);
        return values;
    }

    private static void walk(String path, JsonNode node, Map<String, Object> values) {
        if (node.isObject() && !node.isEmpty()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), values);
            }
        } else {
            values.put(path, node);
        }
    }
}
