package org.trialline.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/** What people and the phone system do in the centre, each through the gateway with their own sign-in. */
final class Centre {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final RunningSystem system;
    private final WebClient gateway;

    Centre(RunningSystem system) {
        this.system = system;
        this.gateway = WebClient.create(system.gateway());
    }

    /** A supervisor sets up a voice queue; returns once kpi-stream knows the queue, so its feed can be opened. */
    void setUpQueue(String queue, String trial, String language) {
        String supervisor = system.token("supervisor");
        gateway.put()
                .uri("/api/queue/queues/{id}", queue)
                .headers(headers -> headers.setBearerAuth(supervisor))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("trial", trial, "language", language, "channel", "VOICE"))
                .retrieve()
                .toBodilessEntity()
                .block(TIMEOUT);
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!groups(supervisor).contains("queue:" + queue)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("kpi-stream did not learn of queue " + queue + " within " + TIMEOUT);
            }
            pause();
        }
    }

    /** A planner sets up a roster problem; answers the roster's id. */
    String createRoster(Map<String, Object> problem) {
        Map<String, Object> roster = gateway.post()
                .uri("/api/wfm/rosters")
                .headers(headers -> headers.setBearerAuth(system.token("planner")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(problem)
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(TIMEOUT);
        return String.valueOf(roster.get("id"));
    }

    /** A supervisor sets up an agent who speaks the language and works on the trial, by voice. */
    void setUpAgent(String agent, String name, String trial, String language) {
        gateway.put()
                .uri("/api/queue/agents/{id}", agent)
                .headers(headers -> headers.setBearerAuth(system.token("supervisor")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "name",
                        name,
                        "languages",
                        List.of(Map.of("language", language, "proficiency", 5)),
                        "trials",
                        List.of(trial),
                        "channels",
                        List.of("VOICE")))
                .retrieve()
                .toBodilessEntity()
                .block(TIMEOUT);
    }

    /** An agent's state changes; the administrator acts for agents other than the local profile's one. */
    void agentState(String agent, String state, String reason) {
        Map<String, String> body = reason == null ? Map.of("state", state) : Map.of("state", state, "reason", reason);
        gateway.post()
                .uri("/api/queue/agents/{id}/state", agent)
                .headers(headers -> headers.setBearerAuth(system.token("admin")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .toBodilessEntity()
                .block(TIMEOUT);
    }

    /** The phone system reports a patient's call entering a queue; returns the contact as queue-service answered. */
    Map<String, Object> contactEnters(String queue, String patientReference) {
        return gateway.post()
                .uri("/api/queue/contacts")
                .headers(headers -> headers.setBearerAuth(system.token("telephony")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("queueId", queue, "patientReference", patientReference))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
                .block(TIMEOUT);
    }

    private List<String> groups(String supervisor) {
        return gateway.get()
                .uri("/api/kpi/groups")
                .headers(headers -> headers.setBearerAuth(supervisor))
                .retrieve()
                .bodyToMono(new ParameterizedTypeReference<List<String>>() {})
                .block(TIMEOUT);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
