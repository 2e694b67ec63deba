package org.trialline.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls every line of a service's access table as every role and without a token, and names each answer that
 * differs from the table: a role the table allows must get neither 401 nor 403, any other role exactly 403, and a
 * caller without a token a 401 problem detail.
 */
public final class AccessMatrix {

    /** Every role a TrialLine token may carry. */
    public static final List<String> ROLES =
            List.of("SUPERVISOR", "PLANNER", "COORDINATOR", "AGENT", "ADMIN", "TELEPHONY");

    private AccessMatrix() {}

    /** Asserts that each role gets what the table says on each of its lines. */
    public static void assertRolesAsTabled(WebTestClient client, List<Endpoint> table) {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : table) {
            for (String role : ROLES) {
                int status = endpoint.status(client, TestTokens.bearer("caller-" + role.toLowerCase(), role));
                boolean allowed = role.equals("ADMIN") || endpoint.allowed().contains(role);
                boolean asTabled = allowed ? status != 401 && status != 403 : status == 403;
                if (!asTabled) {
                    wrong.add(endpoint + " as " + role + " answered " + status + ", the table says "
                            + (allowed ? "allowed" : "403"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Asserts that every line of the table refuses a caller without a token with a 401 problem detail. */
    public static void assertAnonymousRefused(WebTestClient client, List<Endpoint> table) {
        for (Endpoint endpoint : table) {
            client.method(endpoint.method())
                    .uri(endpoint.path())
                    .exchange()
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo(401);
        }
    }
}
