package org.trialline.wfm.queues;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.wfm.WfmApiTest;

class QueuePlanApiTest extends WfmApiTest {

    @Test
    void planShouldBeStoredWithDefaultsAndReadBack() {
        String queue = newQueueId("PLAN");
        plan(queue, "America/New_York", 15);

        planner.get()
                .uri("/api/wfm/queues/{id}", queue)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.timeZone")
                .isEqualTo("America/New_York")
                .jsonPath("$.intervalMinutes")
                .isEqualTo(15)
                .jsonPath("$.serviceLevelTarget")
                .isEqualTo(0.8)
                .jsonPath("$.serviceLevelSeconds")
                .isEqualTo(20)
                .jsonPath("$.maxOccupancy")
                .isEqualTo(0.85)
                .jsonPath("$.shrinkage")
                .isEqualTo(0.3);
    }

    @Test
    void changedPlanShouldAnswerOkAndKeepTheChange() {
        String queue = newQueueId("PLAN");
        plan(queue, "UTC", 30);

        put(queue, Map.of("serviceLevelTarget", 0.9, "serviceLevelSeconds", 30, "patienceSeconds", 120))
                .expectStatus()
                .isOk();

        planner.get()
                .uri("/api/wfm/queues/{id}", queue)
                .exchange()
                .expectBody()
                .jsonPath("$.serviceLevelTarget")
                .isEqualTo(0.9)
                .jsonPath("$.patienceSeconds")
                .isEqualTo(120);
    }

    @Test
    void everyServiceLevelTargetOf100PercentShouldBeRefused() {
        refused(Map.of("serviceLevelTarget", 1.0, "serviceLevelSeconds", 0), "serviceLevelTarget");
    }

    @Test
    void impossibleSettingsShouldBeRefusedNamingTheField() {
        refused(Map.of("intervalMinutes", 20), "intervalMinutes");
        refused(Map.of("shrinkage", 1.0), "shrinkage");
        refused(Map.of("maxOccupancy", 0), "maxOccupancy");
        refused(Map.of("timeZone", "Mars/Olympus"), "timeZone");
        refused(Map.of("patienceSeconds", -5), "patienceSeconds");
    }

    @Test
    void unknownQueueShouldAnswerNotFound() {
        planner.get()
                .uri("/api/wfm/queues/{id}", newQueueId("NONE"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void refused(Map<String, Object> settings, String field) {
        String queue = newQueueId("BAD");
        put(queue, settings)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
        // bad input stores nothing
        planner.get()
                .uri("/api/wfm/queues/{id}", queue)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private WebTestClient.ResponseSpec put(String queue, Map<String, Object> settings) {
        return planner.put()
                .uri("/api/wfm/queues/{id}", queue)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(settings)
                .exchange();
    }
}
