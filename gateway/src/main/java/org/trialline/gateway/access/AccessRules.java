package org.trialline.gateway.access;

import static org.trialline.gateway.access.Role.AGENT;
import static org.trialline.gateway.access.Role.COORDINATOR;
import static org.trialline.gateway.access.Role.PLANNER;
import static org.trialline.gateway.access.Role.SUPERVISOR;
import static org.trialline.gateway.access.Role.TELEPHONY;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Which role may call which path, in one table read top to bottom; the first rule whose method and path match
 * decides. ADMIN may call everything; whatever no rule names is for ADMIN alone.
 */
final class AccessRules {

    /** A rule: a method ({@code null} for any), paths, and who may call them. */
    record Rule(HttpMethod method, List<String> paths, Set<Role> roles, boolean open, boolean ownAgentOnly) {}

    static final List<Rule> RULES = List.of(
            open(HttpMethod.POST, "/api/auth/token"),
            open(HttpMethod.GET, "/login", "/login.js", "/login.css", "/oauth2/jwks", "/livez", "/readyz"),
            // the page, its script and style hold no data, and a browser navigating to a page sends no token
            open(HttpMethod.GET, "/wallboard", "/wallboard/**"),
            open(HttpMethod.GET, "/planner", "/planner/**"),
            rule(HttpMethod.POST, "/api/auth/token/renew", Role.values()),
            // circuit breakers forward here inside the gateway, past this table; from outside, ADMIN only
            rule(null, "/fallback/**"),
            rule(null, "/api/kpi/**", SUPERVISOR),
            rule(null, "/wallboard/**", SUPERVISOR),
            rule(null, "/rsocket", SUPERVISOR),
            rule(null, "/api/wfm/**", PLANNER),
            rule(null, "/planner/**", PLANNER),
            rule(null, "/api/notifications/**", COORDINATOR),
            rule(HttpMethod.POST, "/api/queue/events/**", TELEPHONY),
            rule(HttpMethod.POST, "/api/queue/imports/**", TELEPHONY),
            rule(HttpMethod.POST, "/api/queue/contacts", TELEPHONY),
            rule(HttpMethod.POST, "/api/queue/contacts/*/survey", TELEPHONY),
            rule(HttpMethod.POST, "/api/queue/contacts/*/leave", TELEPHONY),
            ownAgent(HttpMethod.POST, "/api/queue/agents/{id}/state"),
            rule(
                    HttpMethod.POST,
                    List.of(
                            "/api/queue/contacts/*/accept",
                            "/api/queue/contacts/*/decline",
                            "/api/queue/contacts/*/hold",
                            "/api/queue/contacts/*/resume",
                            "/api/queue/contacts/*/end",
                            "/api/queue/contacts/*/wrap-up"),
                    AGENT),
            rule(HttpMethod.PUT, List.of("/api/queue/queues/*", "/api/queue/agents/*"), SUPERVISOR),
            rule(HttpMethod.GET, "/api/queue/history", SUPERVISOR, PLANNER),
            rule(HttpMethod.GET, "/api/queue/**", SUPERVISOR));

    private AccessRules() {}

    private static Rule open(HttpMethod method, String... paths) {
        return new Rule(method, List.of(paths), Set.of(), true, false);
    }

    private static Rule rule(HttpMethod method, String path, Role... roles) {
        return rule(method, List.of(path), roles);
    }

    private static Rule rule(HttpMethod method, List<String> paths, Role... roles) {
        return new Rule(method, paths, Set.copyOf(Arrays.asList(roles)), false, false);
    }

    // the {id} in the path must be the caller's own subject
    private static Rule ownAgent(HttpMethod method, String path) {
        return new Rule(method, List.of(path), Set.of(AGENT), false, true);
    }
}
