package org.trialline.queue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.TestTokens;

/** Sets up queues and agents through the API, each test with names of its own so tests never meet. */
public final class QueueFixtures {

    private final WebTestClient client;
    private final String trial = "T" + UUID.randomUUID().toString().substring(0, 8);

    public QueueFixtures(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(20)).build();
    }

    /**
     * The client, sending a token of the set-up desk: a supervisor who also holds the telephony role, so one client
     * may set up queues and agents, change any agent's state and feed contacts and events. What each role alone may
     * do is {@code QueueAccessTest}'s subject.
     */
    public static WebTestClient signedIn(WebTestClient client) {
        return TestTokens.signedIn(client, "set-up-desk", "SUPERVISOR", "TELEPHONY");
    }

    public String trial() {
        return trial;
    }

    public String queue(String language, int priority) {
        String id = trial + "." + language + ".voice";
        client.put()
                .uri("/api/queue/queues/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("trial", trial, "language", language, "channel", "VOICE", "priority", priority))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        return id;
    }

    public String agent(String name, String language) {
        String id = trial + "-" + name;
        client.put()
                .uri("/api/queue/agents/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "name", name,
                        "languages", List.of(Map.of("language", language, "proficiency", 5)),
                        "trials", List.of(trial),
                        "channels", List.of("VOICE")))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        return id;
    }

    public WebTestClient.ResponseSpec state(String agentId, String state) {
        return client.post()
                .uri("/api/queue/agents/{id}/state", agentId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("state", state))
                .exchange();
    }

    public String enqueue(String queueId) {
        return client.post()
                .uri("/api/queue/contacts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("queueId", queueId, "patientReference", "P-" + UUID.randomUUID()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
    }
}
