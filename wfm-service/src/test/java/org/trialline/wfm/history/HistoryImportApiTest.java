package org.trialline.wfm.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.trialline.testsupport.TestSql;
import org.trialline.wfm.HistoryCsv;
import org.trialline.wfm.WfmApiTest;

class HistoryImportApiTest extends WfmApiTest {

    @Test
    void importedCountsShouldBeListedInTheQueuesZone() {
        String queue = newQueueId("IMP");
        plan(queue, "Europe/Madrid", 30);

        importCsv(HistoryCsv.withHeader(
                        HistoryCsv.steadyDays(queue, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.rows")
                .isEqualTo(6)
                .jsonPath("$.queues[0]")
                .isEqualTo(queue);

        planner.get()
                .uri("/api/wfm/history/intervals?queue={id}&from=2026-03-03&to=2026-03-03", queue)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(3)
                .jsonPath("$[1].start")
                .value(start -> assertThat((String) start)
                        .startsWith("2026-03-03T09:00")
                        .endsWith("+01:00"))
                .jsonPath("$[1].calls")
                .isEqualTo(10)
                .jsonPath("$[1].ahtSeconds")
                .isEqualTo(300.0);
    }

    @Test
    void importingAgainShouldReplaceNotAdd() {
        String queue = newQueueId("IMP");
        plan(queue, "UTC", 30);
        String rows = HistoryCsv.steadyDays(queue, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));

        importCsv(HistoryCsv.withHeader(rows)).expectStatus().isOk();
        importCsv(HistoryCsv.withHeader(rows.replace(",10,300", ",12,300")))
                .expectStatus()
                .isOk();

        assertThat(TestSql.number("select count(*) from wfm.interval_history where queue_id = ?", queue))
                .isEqualTo(3);
        assertThat(TestSql.number("select sum(calls) from wfm.interval_history where queue_id = ?", queue))
                .isEqualTo(46);
    }

    @Test
    void malformedRowShouldBeNamedByLineAndFieldAndNothingStored() {
        String queue = newQueueId("IMP");
        plan(queue, "UTC", 30);

        importCsv("queue,start,calls,aht_seconds\n" + queue + ",2026-03-02T09:00,10,300\n" + queue
                        + ",2026-03-02T09:30,-4,300\n")
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].line")
                .isEqualTo(3)
                .jsonPath("$.errors[0].field")
                .isEqualTo("calls")
                .jsonPath("$.errors[0].rejectedValue")
                .isEqualTo("-4");

        assertThat(TestSql.number("select count(*) from wfm.interval_history where queue_id = ?", queue))
                .isZero();
    }

    @Test
    void rowOfAQueueNotSetUpShouldBeRefused() {
        importCsv("queue,start,calls,aht_seconds\n" + newQueueId("NONE") + ",2026-03-02T09:00,10,300\n")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("queue");
    }
}
