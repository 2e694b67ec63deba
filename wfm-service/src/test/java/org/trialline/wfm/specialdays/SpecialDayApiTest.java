package org.trialline.wfm.specialdays;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.TestSql;
import org.trialline.wfm.WfmApiTest;

class SpecialDayApiTest extends WfmApiTest {

    @Test
    void campaignShouldBeListedAndWithdrawn() {
        String queue = newQueueId("SD");
        plan(queue, "UTC", 30);

        String id = declare(Map.of(
                        "name",
                        "Recruitment campaign",
                        "queueId",
                        queue,
                        "from",
                        "2026-05-04",
                        "to",
                        "2026-05-08",
                        "factor",
                        1.3))
                .expectStatus()
                .isCreated()
                .expectBody(SpecialDay.class)
                .returnResult()
                .getResponseBody()
                .id()
                .toString();

        planner.get()
                .uri("/api/wfm/special-days?from=2026-05-06&to=2026-05-06")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + id + "')].factor")
                .isEqualTo(1.3);
        planner.delete()
                .uri("/api/wfm/special-days/{id}", id)
                .exchange()
                .expectStatus()
                .isNoContent();
        planner.delete()
                .uri("/api/wfm/special-days/{id}", id)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void impossibleDeclarationsShouldBeRefusedNamingTheFieldAndStoreNothing() {
        String queue = newQueueId("SD");
        plan(queue, "UTC", 30);

        refused(Map.of("name", "Negative", "queueId", queue, "from", "2026-05-04", "factor", -1), "factor");
        refused(Map.of("name", "Backwards", "queueId", queue, "from", "2026-05-04", "to", "2026-05-01"), "to");
        refused(Map.of("name", "Five years", "queueId", queue, "from", "2026-05-04", "to", "2031-05-04"), "to");
        refused(Map.of("name", "Nowhere", "queueId", newQueueId("NONE"), "from", "2026-05-04"), "queueId");
        refused(Map.of("queueId", queue, "from", "2026-05-04"), "name");

        assertThat(TestSql.number("select count(*) from wfm.special_days where queue_id = ?", queue))
                .isZero();
    }

    private void refused(Map<String, Object> declaration, String field) {
        declare(declaration)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    private WebTestClient.ResponseSpec declare(Map<String, Object> declaration) {
        return planner.post()
                .uri("/api/wfm/special-days")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(declaration)
                .exchange();
    }
}
