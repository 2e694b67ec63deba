package org.trialline.wfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.trialline.wfm.HistoryCsv;
import org.trialline.wfm.QueueServiceStub;
import org.trialline.wfm.WfmApiTest;

/**
 * Forecasts through the API from imported counts and from queue-service. The history of {@link HistoryCsv#steadyDays}
 * is the same every day, so worked by hand every weekday factor is 1, the level 44 calls a day without trend, and an
 * interval gets its share of 44: 4 at 02:00, 10 at 09:00, 30 at 09:30.
 */
class ForecastApiTest extends WfmApiTest {

    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

    @Test
    void dayTheClocksGoForwardShouldHave23HoursAndLoseTheSkippedIntervals() {
        String queue = berlinQueueWithTwoWeeksBefore(SPRING_FORWARD);

        QueueForecast forecast = forecast(queue, SPRING_FORWARD, SPRING_FORWARD);

        QueueForecast.Day day = forecast.days().get(0);
        assertThat(day.hours()).isEqualTo(23);
        assertThat(day.intervals()).hasSize(46);
        // 02:00 and 02:30 do not exist that night, so their 4 calls are not expected
        assertThat(day.calls()).isEqualTo(40.0);
        assertThat(callsAt(day, "2026-03-29T09:00+02:00")).isEqualTo(10.0);
        assertThat(callsAt(day, "2026-03-29T09:30+02:00")).isEqualTo(30.0);
        assertThat(day.intervals().get(3).end().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-03-29T03:00+02:00").toInstant());
        assertThat(forecast.history())
                .isEqualTo(new QueueForecast.Basis(
                        LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 28), 14, List.of("imported")));
    }

    @Test
    void dayTheClocksGoBackShouldHave25HoursWithTheRepeatedIntervalsTwice() {
        String queue = berlinQueueWithTwoWeeksBefore(FALL_BACK);

        QueueForecast.Day day = forecast(queue, FALL_BACK, FALL_BACK).days().get(0);

        assertThat(day.hours()).isEqualTo(25);
        assertThat(day.intervals()).hasSize(50);
        // 02:00 comes twice, first in summer time, then in winter time, and each receives its 4 calls
        assertThat(callsAt(day, "2026-10-25T02:00+02:00")).isEqualTo(4.0);
        assertThat(callsAt(day, "2026-10-25T02:00+01:00")).isEqualTo(4.0);
        assertThat(day.calls()).isEqualTo(48.0);
        planner.get()
                .uri("/api/wfm/queues/{id}/forecast?from={day}&to={day}", queue, FALL_BACK, FALL_BACK)
                .exchange()
                .expectBody()
                .jsonPath("$.days[0].intervals[4].start")
                .value(start -> assertThat((String) start)
                        .startsWith("2026-10-25T02:00")
                        .endsWith("+02:00"))
                .jsonPath("$.days[0].intervals[6].start")
                .value(start -> assertThat((String) start)
                        .startsWith("2026-10-25T02:00")
                        .endsWith("+01:00"));
    }

    @Test
    void handleTimeShouldBeTheIntervalsMeanOrElseTheDays() {
        String queue = berlinQueueWithTwoWeeksBefore(SPRING_FORWARD);

        QueueForecast.Day day =
                forecast(queue, SPRING_FORWARD, SPRING_FORWARD).days().get(0);

        assertThat(day.intervals().get(16).ahtSeconds()).isEqualTo(300.0);
        // no calls at midnight: the Sunday's mean, (4 × 200 + 40 × 300) ÷ 44 = 290.9 s
        assertThat(day.intervals().get(0).ahtSeconds()).isEqualTo(290.9);
    }

    @Test
    void holidayShouldForecastNoCallsAndCampaignShouldLiftThem() {
        String queue = berlinQueueWithTwoWeeksBefore(LocalDate.of(2026, 4, 13));
        declare(Map.of("name", "Centre closed", "queueId", queue, "from", "2026-04-13"));
        declare(Map.of(
                "name",
                "Recruitment campaign",
                "queueId",
                queue,
                "from",
                "2026-04-14",
                "to",
                "2026-04-15",
                "factor",
                1.5));

        List<QueueForecast.Day> days = forecast(queue, LocalDate.of(2026, 4, 13), LocalDate.of(2026, 4, 16))
                .days();

        assertThat(days.get(0).calls()).isZero();
        assertThat(days.get(0).specialDays()).containsExactly("Centre closed");
        assertThat(days.get(0).intervals())
                .hasSize(48)
                .allSatisfy(i -> assertThat(i.calls()).isZero());
        assertThat(callsAt(days.get(1), "2026-04-14T09:00+02:00")).isEqualTo(15.0);
        assertThat(callsAt(days.get(1), "2026-04-14T09:30+02:00")).isEqualTo(45.0);
        assertThat(days.get(2).calls()).isEqualTo(66.0);
        assertThat(days.get(3).calls()).isEqualTo(44.0);
        assertThat(days.get(3).factor()).isEqualTo(1.0);
    }

    // worked by hand: Monday to Saturday 44 calls, Sunday 0; the mean of the day means is 264/7, so a weekday's factor
    // is 7/6, Sunday's 0, the deseasonalised level 264/7 every open day, and 264/7 × 7/6 = 44 again
    @Test
    void dayWithoutCallsInEveryWeekShouldBeForecastWithoutCallsAndTheOthersUntouched() {
        String queue = newQueueId("SUN");
        plan(queue, "Europe/Berlin", 30);
        String rows = HistoryCsv.steadyDays(queue, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15))
                .lines()
                .filter(row -> !row.contains("2026-03-08T") && !row.contains("2026-03-15T"))
                .reduce("", (csv, row) -> csv + row + "\n");
        importCsv(HistoryCsv.withHeader(rows)).expectStatus().isOk();

        List<QueueForecast.Day> days = forecast(queue, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 22))
                .days();

        assertThat(days.get(0).calls()).isEqualTo(44.0);
        assertThat(days.get(5).calls()).isEqualTo(44.0);
        QueueForecast.Day sunday = days.get(6);
        assertThat(sunday.date()).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(sunday.calls()).isZero();
        assertThat(sunday.intervals())
                .hasSize(48)
                .allSatisfy(interval -> assertThat(interval.calls()).isZero());
    }

    @Test
    void newQueueWithoutHistoryShouldBeToldSoRatherThanGivenZeros() {
        String queue = newQueueId("NEW");
        plan(queue, "Europe/Berlin", 30);

        planner.get()
                .uri("/api/wfm/queues/{id}/forecast?from=2026-03-02&to=2026-03-08", queue)
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Not enough history")
                .jsonPath("$.queueId")
                .isEqualTo(queue)
                .jsonPath("$.historyFrom")
                .isEqualTo("2025-12-08")
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("no calls were recorded"));
    }

    @Test
    void queueWithLessThanAWeekOfHistoryShouldBeRefused() {
        String queue = newQueueId("SHORT");
        plan(queue, "Europe/Berlin", 30);
        importCsv(HistoryCsv.withHeader(
                        HistoryCsv.steadyDays(queue, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 8))))
                .expectStatus()
                .isOk();

        planner.get()
                .uri("/api/wfm/queues/{id}/forecast?from=2026-03-09&to=2026-03-09", queue)
                .exchange()
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("first calls came on 2026-03-05"));
    }

    @Test
    void historyFromQueueServiceShouldBeReadWithThePlannersToken() {
        String queue = newQueueId("QS");
        plan(queue, "UTC", 30);
        StringBuilder reports = new StringBuilder("[");
        for (LocalDate day = LocalDate.of(2026, 3, 2); day.isBefore(LocalDate.of(2026, 3, 16)); day = day.plusDays(1)) {
            reports.append(reports.length() > 1 ? "," : "")
                    .append("{\"queueId\":\"")
                    .append(queue)
                    .append("\",\"start\":\"")
                    .append(day)
                    .append("T09:00:00\",\"end\":\"")
                    .append(day)
                    .append("T09:30:00\",\"offered\":10,\"ahtSeconds\":200.0}");
        }
        QueueServiceStub.answer(queue, reports.append("]").toString());

        QueueForecast forecast = forecast(queue, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16));

        assertThat(forecast.history().sources()).containsExactly("queue-service");
        assertThat(forecast.days().get(0).intervals().get(18).calls()).isEqualTo(10.0);
        assertThat(forecast.days().get(0).intervals().get(18).ahtSeconds()).isEqualTo(200.0);
        assertThat(forecast.days().get(0).calls()).isEqualTo(10.0);
        assertThat(QueueServiceStub.authorizations())
                .allSatisfy(header -> assertThat(header).startsWith("Bearer "));
    }

    @Test
    void queueServiceDownShouldLeaveTheImportedCountsWithAWarning() {
        String queue = newQueueId("DOWN");
        plan(queue, "Europe/Berlin", 30);
        importCsv(HistoryCsv.withHeader(
                        HistoryCsv.steadyDays(queue, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15))))
                .expectStatus()
                .isOk();

        QueueForecast forecast = forecast(queue, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 16));

        assertThat(forecast.warnings()).singleElement().asString().contains("queue-service");
        assertThat(forecast.days().get(0).calls()).isEqualTo(44.0);
    }

    @Test
    void queueServiceDownWithNothingImportedShouldAnswerServiceUnavailable() {
        String queue = newQueueId("DOWN");
        plan(queue, "Europe/Berlin", 30);

        planner.get()
                .uri("/api/wfm/queues/{id}/forecast?from=2026-03-16&to=2026-03-16", queue)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownQueueShouldAnswerNotFound() {
        String queue = newQueueId("NONE");

        planner.get()
                .uri("/api/wfm/queues/{id}/forecast?from=2026-03-16&to=2026-03-16", queue)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains(queue));
    }

    @Test
    void horizonOfFiveYearsShouldBeRefusedNamingTo() {
        planner.get()
                .uri("/api/wfm/queues/NOBODY.xx.voice/forecast?from=2026-01-01&to=2030-12-31")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("to")
                .jsonPath("$.errors[0].rejectedValue")
                .isEqualTo("2030-12-31");
    }

    @Test
    void rangeEndingBeforeItStartsShouldBeRefusedNamingTo() {
        planner.get()
                .uri("/api/wfm/queues/NOBODY.xx.voice/forecast?from=2026-03-16&to=2026-03-15")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("to");
    }

    private String berlinQueueWithTwoWeeksBefore(LocalDate day) {
        String queue = newQueueId("FC");
        plan(queue, "Europe/Berlin", 30);
        importCsv(HistoryCsv.withHeader(HistoryCsv.steadyDays(queue, day.minusDays(14), day.minusDays(1))))
                .expectStatus()
                .isOk();
        return queue;
    }

    private QueueForecast forecast(String queue, LocalDate from, LocalDate to) {
        return planner.get()
                .uri("/api/wfm/queues/{id}/forecast?from={from}&to={to}", queue, from, to)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(QueueForecast.class)
                .returnResult()
                .getResponseBody();
    }

    private void declare(Map<String, Object> specialDay) {
        planner.post()
                .uri("/api/wfm/special-days")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(specialDay)
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private static double callsAt(QueueForecast.Day day, String start) {
        OffsetDateTime at = OffsetDateTime.parse(start);
        return day.intervals().stream()
                .filter(interval -> interval.start().isEqual(at))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no interval starts at " + start))
                .calls();
    }
}
