package org.trialline.queue.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Sets up a queue and its agents through the API, as a planner and a supervisor would, with this run's ids only. */
final class CentreSetup {

    private static final int CONCURRENCY = 8;
    private static final String LANGUAGE = "en";
    private static final String CHANNEL = "VOICE";

    private final Http http;

    CentreSetup(Http http) {
        this.http = http;
    }

    void queue(String queueId, String trial, String routedBy) {
        Map<String, Object> settings =
                Map.of("trial", trial, "language", LANGUAGE, "channel", CHANNEL, "routedBy", routedBy);
        require(http.put("/api/queue/queues/" + queueId, settings).block(), "queue " + queueId);
    }

    /** Sets up agents who serve only the given trial and makes each of them available; answers their ids. */
    List<String> availableAgents(String idPrefix, String trial, int count) {
        List<String> ids = IntStream.range(0, count).mapToObj(n -> idPrefix + n).toList();
        Flux.fromIterable(ids)
                .flatMap(id -> profile(id, trial).then(makeAvailable(id)), CONCURRENCY)
                .doOnNext(answer -> require(answer, "an agent's state"))
                .blockLast();
        return ids;
    }

    /** Puts an agent back to AVAILABLE, as a supervisor would after a contact went wrong. */
    Mono<Http.Answer> makeAvailable(String agentId) {
        return http.post("/api/queue/agents/" + agentId + "/state", Map.of("state", "AVAILABLE"));
    }

    private Mono<Http.Answer> profile(String agentId, String trial) {
        Map<String, Object> profile = Map.of(
                "name", "Bench agent " + agentId,
                "languages", List.of(Map.of("language", LANGUAGE, "proficiency", 5)),
                "trials", List.of(trial),
                "channels", List.of(CHANNEL));
        return http.put("/api/queue/agents/" + agentId, profile)
                .doOnNext(answer -> require(answer, "agent " + agentId));
    }

    private static void require(Http.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException("setting up " + what + " failed: " + answer.kind() + " " + answer.body());
        }
    }
}
