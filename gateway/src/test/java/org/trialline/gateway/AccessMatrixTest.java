package org.trialline.gateway;

import static org.trialline.gateway.AccessMatrixTest.Caller.ADMIN;
import static org.trialline.gateway.AccessMatrixTest.Caller.AGENT;
import static org.trialline.gateway.AccessMatrixTest.Caller.COORDINATOR;
import static org.trialline.gateway.AccessMatrixTest.Caller.PLANNER;
import static org.trialline.gateway.AccessMatrixTest.Caller.SUPERVISOR;
import static org.trialline.gateway.AccessMatrixTest.Caller.TELEPHONY;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every route called as every kind of caller. The table below is the rule book as a reader would write it: a path
 * answers 200 to the roles listed, 403 to any other role, and 401 to a caller without a valid token.
 */
class AccessMatrixTest extends ThroughTheGateway {

    enum Caller {
        ANONYMOUS,
        SUPERVISOR,
        PLANNER,
        COORDINATOR,
        AGENT,
        ADMIN,
        TELEPHONY,
        EXPIRED_ADMIN,
        TAMPERED_AGENT
    }

    record Row(HttpMethod method, String path, boolean open, Set<Caller> allowed) {

        int expectedFor(Caller caller) {
            if (caller == Caller.EXPIRED_ADMIN || caller == Caller.TAMPERED_AGENT) {
                return 401;
            }
            if (open) {
                return 200;
            }
            if (caller == Caller.ANONYMOUS) {
                return 401;
            }
            return allowed.contains(caller) ? 200 : 403;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Row> TABLE = List.of(
            open(HttpMethod.GET, "/login"),
            open(HttpMethod.GET, "/login.js"),
            open(HttpMethod.GET, "/oauth2/jwks"),
            open(HttpMethod.GET, "/livez"),
            open(HttpMethod.GET, "/readyz"),
            open(HttpMethod.GET, "/wallboard"),
            open(HttpMethod.GET, "/wallboard/"),
            open(HttpMethod.GET, "/wallboard/wallboard.js"),
            row(HttpMethod.POST, "/wallboard", SUPERVISOR, ADMIN),
            row(HttpMethod.GET, "/api/kpi/snapshot/all", SUPERVISOR, ADMIN),
            row(HttpMethod.PUT, "/api/kpi/queues/q-1/thresholds", SUPERVISOR, ADMIN),
            row(HttpMethod.GET, "/api/kpi/feed/all", SUPERVISOR, ADMIN),
            row(HttpMethod.GET, "/rsocket", SUPERVISOR, ADMIN),
            open(HttpMethod.GET, "/planner"),
            open(HttpMethod.GET, "/planner/"),
            open(HttpMethod.GET, "/planner/planner.js"),
            row(HttpMethod.POST, "/planner", PLANNER, ADMIN),
            row(HttpMethod.GET, "/api/wfm/rosters/r-1/events", PLANNER, ADMIN),
            row(HttpMethod.GET, "/api/wfm/rosters", PLANNER, ADMIN),
            row(HttpMethod.POST, "/api/wfm/forecasts", PLANNER, ADMIN),
            row(HttpMethod.GET, "/api/notifications/patients/p-1", COORDINATOR, ADMIN),
            row(HttpMethod.POST, "/api/notifications/visits", COORDINATOR, ADMIN),
            row(HttpMethod.PUT, "/api/notifications/reminders/r-1", COORDINATOR, ADMIN),
            row(HttpMethod.POST, "/api/queue/events", TELEPHONY, ADMIN),
            row(HttpMethod.POST, "/api/queue/events/batch", TELEPHONY, ADMIN),
            row(HttpMethod.POST, "/api/queue/imports/asterisk-queue-log", TELEPHONY, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts", TELEPHONY, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/survey", TELEPHONY, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/leave", TELEPHONY, ADMIN),
            row(HttpMethod.POST, "/api/queue/agents/agent/state", AGENT, ADMIN),
            row(HttpMethod.POST, "/api/queue/agents/agent-2/state", ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/accept", AGENT, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/decline", AGENT, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/hold", AGENT, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/resume", AGENT, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/end", AGENT, ADMIN),
            row(HttpMethod.POST, "/api/queue/contacts/c-1/wrap-up", AGENT, ADMIN),
            row(HttpMethod.GET, "/api/queue/queues", SUPERVISOR, ADMIN),
            row(HttpMethod.GET, "/api/queue/contacts/c-1", SUPERVISOR, ADMIN),
            row(HttpMethod.GET, "/api/queue/history", SUPERVISOR, PLANNER, ADMIN),
            row(HttpMethod.PUT, "/api/queue/queues/q-1", SUPERVISOR, ADMIN),
            row(HttpMethod.PUT, "/api/queue/agents/agent", SUPERVISOR, ADMIN),
            row(HttpMethod.DELETE, "/api/queue/queues/q-1", ADMIN),
            row(HttpMethod.GET, "/actuator/prometheus", ADMIN),
            row(HttpMethod.GET, "/v3/api-docs", ADMIN));

    static Stream<Arguments> everyRouteAsEveryCaller() {
        return TABLE.stream().flatMap(row -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRouteAsEveryCaller")
    void routeShouldAnswerAsTheRuleBookSays(Row row, Caller caller) {
        WebTestClient.ResponseSpec response = clientFor(caller)
                .method(row.method())
                .uri(row.path())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(row.expectedFor(caller));
        if (row.expectedFor(caller) != 200) {
            response.expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(row.expectedFor(caller))
                    .jsonPath("$.trace")
                    .doesNotExist();
        }
    }

    private WebTestClient clientFor(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> client;
            case EXPIRED_ADMIN -> as(Tokens.expired("admin", "ADMIN"));
            case TAMPERED_AGENT -> as(Tokens.tampered());
            default -> as(Tokens.valid(caller.name().toLowerCase(), caller.name()));
        };
    }

    private static Row open(HttpMethod method, String path) {
        return new Row(method, path, true, Set.of());
    }

    private static Row row(HttpMethod method, String path, Caller... allowed) {
        return new Row(method, path, false, Set.of(allowed));
    }
}
