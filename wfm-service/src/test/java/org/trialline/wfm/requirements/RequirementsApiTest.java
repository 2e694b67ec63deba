package org.trialline.wfm.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trialline.wfm.HistoryCsv;
import org.trialline.wfm.WfmApiTest;

/**
 * Requirements with the hand-checkable model of the tests (see {@code HandCheckedStaffing}) and the defaults of a
 * plan (85 % occupancy, 30 % shrinkage), on 30-minute intervals of 1,800 s. Worked by hand for the steady history:
 * 09:30, 30 calls × 300 s ÷ 1,800 s = 5 Erlangs, ÷ 0.85 = 5.88, 6 agents, ÷ 0.7 = 8.57, 9 scheduled; 09:00, 10 calls
 * give 1.67 Erlangs, 2 agents, 3 scheduled; 02:00, 4 calls of 200 s give 0.44 Erlangs, 1 agent, 2 scheduled.
 */
class RequirementsApiTest extends WfmApiTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    @Test
    void eachIntervalShouldGetTheAgentsItsForecastNeeds() {
        String queue = newQueueId("REQ");
        plan(queue, "Europe/Berlin", 30);
        importCsv(HistoryCsv.withHeader(HistoryCsv.steadyDays(queue, MONDAY.minusDays(14), MONDAY.minusDays(1))))
                .expectStatus()
                .isOk();

        QueueRequirements requirements = planner.get()
                .uri("/api/wfm/queues/{id}/requirements?from={day}&to={day}", queue, MONDAY, MONDAY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(QueueRequirements.class)
                .returnResult()
                .getResponseBody();

        QueueRequirements.Day day = requirements.days().get(0);
        assertThat(day.intervals().get(19).agents()).isEqualTo(6);
        assertThat(day.intervals().get(19).scheduledAgents()).isEqualTo(9);
        assertThat(day.intervals().get(18).agents()).isEqualTo(2);
        assertThat(day.intervals().get(18).scheduledAgents()).isEqualTo(3);
        assertThat(day.intervals().get(4).agents()).isEqualTo(1);
        assertThat(day.intervals().get(4).scheduledAgents()).isEqualTo(2);
        // no calls at 10:00: no agents, and no service level to speak of
        assertThat(day.intervals().get(20).agents()).isZero();
        assertThat(day.intervals().get(20).serviceLevel()).isNull();
        assertThat(day.peakScheduledAgents()).isEqualTo(9);
        // (9 + 3 + 2) half hours
        assertThat(day.scheduledAgentHours()).isEqualTo(7.0);
        assertThat(requirements.targets()).isEqualTo(new QueueTargets(0.8, 20, 0.85, 0.3, null));
    }

    @Test
    void unknownQueueShouldAnswerNotFound() {
        planner.get()
                .uri("/api/wfm/queues/{id}/requirements?from=2026-03-16&to=2026-03-16", newQueueId("NONE"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void horizonOfFiveYearsShouldBeRefusedNamingTo() {
        planner.get()
                .uri("/api/wfm/queues/{id}/requirements?from=2026-03-16&to=2031-03-15", newQueueId("NONE"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("to");
    }
}
