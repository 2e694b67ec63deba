package org.trialline.wfm.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trialline.wfm.HistoryCsv;
import org.trialline.wfm.WfmApiTest;

/**
 * Requirements by Erlang C with the defaults of a plan (80 % within 20 s, 85 % occupancy, 30 % shrinkage), on
 * 30-minute intervals of 1,800 s, for the steady history. Expected figures from the textbook formula C(N, A) =
 * (A^N/N!·N/(N−A)) ÷ (Σ_{k<N} A^k/k! + A^N/N!·N/(N−A)), SL = 1 − C·e^{−(N−A)·20/AHT}, worked apart from the service:
 * 09:30, 30 calls × 300 s = 5 Erlangs: 7 agents reach 71.6 %, 8 reach 86.3 %, so 8 on calls and ⌈8 ÷ 0.7⌉ = 12
 * scheduled; 09:00, 10 calls × 300 s = 1.67 Erlangs: 4 agents (91.2 %; 3 give 72.6 %), 6 scheduled; 02:00, 4 calls
 * × 200 s = 0.44 Erlangs: 2 agents (93.1 %; 1 gives 58.0 %), 3 scheduled.
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
        assertThat(day.intervals().get(19).agents()).isEqualTo(8);
        assertThat(day.intervals().get(19).scheduledAgents()).isEqualTo(12);
        assertThat(day.intervals().get(19).serviceLevel()).isCloseTo(0.8630538, within(1e-6));
        assertThat(day.intervals().get(19).probabilityOfAbandon()).isNull();
        assertThat(day.intervals().get(18).agents()).isEqualTo(4);
        assertThat(day.intervals().get(18).scheduledAgents()).isEqualTo(6);
        assertThat(day.intervals().get(4).agents()).isEqualTo(2);
        assertThat(day.intervals().get(4).scheduledAgents()).isEqualTo(3);
        // no calls at 10:00: no agents, and no service level to speak of
        assertThat(day.intervals().get(20).agents()).isZero();
        assertThat(day.intervals().get(20).serviceLevel()).isNull();
        assertThat(day.peakScheduledAgents()).isEqualTo(12);
        // (12 + 6 + 3) half hours
        assertThat(day.scheduledAgentHours()).isEqualTo(10.5);
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
