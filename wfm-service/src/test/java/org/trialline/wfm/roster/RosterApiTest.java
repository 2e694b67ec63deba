package org.trialline.wfm.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.trialline.wfm.HistoryCsv;
import org.trialline.wfm.WfmApiTest;
import org.trialline.wfm.roster.RosterViews.AgentView;
import org.trialline.wfm.roster.RosterViews.Coverage;
import org.trialline.wfm.roster.RosterViews.CoverageRow;
import org.trialline.wfm.roster.RosterViews.Explanation;
import org.trialline.wfm.roster.RosterViews.RosterEvent;
import org.trialline.wfm.roster.RosterViews.RosterSummary;
import org.trialline.wfm.roster.RosterViews.RosterView;
import org.trialline.wfm.roster.RosterViews.ShiftView;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Rosters end to end: solved in the background to a lawful roster that covers all demand (the solver stops on
 * 0hard/0medium, set in {@link WfmApiTest}), published, and re-planned around a sick call.
 */
class RosterApiTest extends WfmApiTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final String ES = "HEART-2.es.voice";
    private static final String EN = "HEART-2.en.voice";

    private static Map<String, Object> template(String id, String start, boolean late) {
        return Map.of("id", id, "starts", List.of(start), "lengthMinutes", 480, "late", late);
    }

    private static Map<String, Object> agent(String id, List<String> languages, Map<String, Object> extra) {
        Map<String, Object> agent = new HashMap<>(Map.of(
                "id",
                id,
                "name",
                "Agent " + id,
                "languages",
                languages,
                "trials",
                List.of("HEART-2"),
                "contract",
                Map.of("maxMinutesPerWeek", 1920, "maxConsecutiveWorkingDays", 5)));
        agent.putAll(extra);
        return agent;
    }

    /** Half hours from {@code from} to {@code to} o'clock on each of the days, each needing {@code agents}. */
    private static List<Map<String, Object>> halfHours(LocalDate first, int days, int from, int to, int agents) {
        List<Map<String, Object>> demand = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            for (LocalDateTime start = first.plusDays(day).atTime(from, 0);
                    start.getHour() < to;
                    start = start.plusMinutes(30)) {
                demand.add(Map.of("start", start, "end", start.plusMinutes(30), "agents", agents));
            }
        }
        return demand;
    }

    private RosterView create(Map<String, Object> problem) {
        return planner.post()
                .uri("/api/wfm/rosters")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(problem)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(RosterView.class)
                .returnResult()
                .getResponseBody();
    }

    /** Starts a solve and waits on the event stream for its end. */
    private RosterView solve(UUID id) {
        planner.post()
                .uri("/api/wfm/rosters/{id}/solve", id)
                .exchange()
                .expectStatus()
                .isAccepted();
        Flux<ServerSentEvent<RosterEvent>> events = planner.get()
                .uri("/api/wfm/rosters/{id}/events", id)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<RosterEvent>>() {})
                .getResponseBody();
        StepVerifier.create(events)
                .thenConsumeWhile(event -> event.data().status() == RosterStatus.SOLVING)
                .assertNext(event -> assertThat(event.data().status()).isEqualTo(RosterStatus.SOLVED))
                .expectComplete()
                .verify(Duration.ofSeconds(60));
        return get(id);
    }

    private RosterView get(UUID id) {
        return planner.get()
                .uri("/api/wfm/rosters/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(RosterView.class)
                .returnResult()
                .getResponseBody();
    }

    // Spanish 08:00-16:00 Monday to Saturday and English 12:00-20:00 Monday to Friday, one agent each half hour:
    // 6 early Spanish and 5 late English shifts. ana (Spanish, off on Wednesday), ben and dan (English) and carla
    // (both) may work 4 shifts of 480 minutes each: 16 shifts for the 11 wanted, and no one alone can cover a queue.
    private Map<String, Object> weekProblem() {
        List<Map<String, Object>> spanish = halfHours(MONDAY, 6, 8, 16, 1);
        List<Map<String, Object>> english = halfHours(MONDAY, 5, 12, 20, 1);
        return Map.of(
                "name",
                "week 10",
                "timeZone",
                "Europe/Madrid",
                "firstDay",
                MONDAY,
                "weeks",
                1,
                "queues",
                List.of(
                        Map.of("id", ES, "language", "es", "trial", "HEART-2", "demand", spanish),
                        Map.of("id", EN, "language", "en", "trial", "HEART-2", "demand", english)),
                "templates",
                List.of(template("E", "08:00", false), template("L", "12:00", true)),
                "agents",
                List.of(
                        agent("ana", List.of("es"), Map.of("daysOff", List.of(MONDAY.plusDays(2)))),
                        agent("ben", List.of("en"), Map.of()),
                        agent("carla", List.of("es", "en"), Map.of()),
                        agent("dan", List.of("en"), Map.of())));
    }

    @Test
    void solvedRosterShouldKeepEveryRuleAndCoverEveryHalfHour() {
        RosterView created = create(weekProblem());
        assertThat(created.status()).isEqualTo(RosterStatus.NOT_SOLVED);
        assertThat(created.agents()).extracting(AgentView::id).containsExactly("ana", "ben", "carla", "dan");

        RosterView roster = solve(created.id());

        assertThat(roster.status()).isEqualTo(RosterStatus.SOLVED);
        assertThat(roster.score().hard()).isZero();
        assertThat(roster.score().medium()).isZero();
        assertThat(roster.score().feasible()).isTrue();
        Map<String, List<ShiftView>> byQueue =
                roster.shifts().stream().collect(Collectors.groupingBy(ShiftView::queueId));
        assertThat(byQueue.get(ES)).hasSize(6).allSatisfy(shift -> {
            assertThat(shift.agentId()).isIn("ana", "carla");
            assertThat(shift.templateId()).isEqualTo("E");
        });
        assertThat(byQueue.get(EN)).hasSize(5).allSatisfy(shift -> {
            assertThat(shift.agentId()).isIn("ben", "carla", "dan");
            assertThat(shift.templateId()).isEqualTo("L");
        });
        assertThat(roster.shifts())
                .filteredOn(shift -> shift.agentId().equals("ana"))
                .noneMatch(shift -> shift.date().equals(MONDAY.plusDays(2)));
        assertThat(roster.shifts().stream().collect(Collectors.groupingBy(ShiftView::agentId, Collectors.counting())))
                .allSatisfy((agent, shifts) -> assertThat(shifts).isLessThanOrEqualTo(4));

        Coverage coverage = planner.get()
                .uri("/api/wfm/rosters/{id}/coverage", created.id())
                .exchange()
                .expectBody(Coverage.class)
                .returnResult()
                .getResponseBody();
        // 6 days × 16 half hours Spanish + 5 × 16 English, each needing one and covered by exactly one
        assertThat(coverage.intervals()).hasSize(176).allSatisfy(row -> {
            assertThat(row.required()).isEqualTo(1);
            assertThat(row.covered()).isEqualTo(1);
        });
        assertThat(coverage.intervals())
                .filteredOn(row -> row.queueId().equals(ES))
                .first()
                .extracting(CoverageRow::start)
                .isEqualTo(MONDAY.atTime(8, 0));
    }

    @Test
    void listShouldNameEachRosterWithItsStatusNewestFirst() {
        RosterView older = create(weekProblem());
        RosterView newer = create(weekProblem());

        List<RosterSummary> listed = planner.get()
                .uri("/api/wfm/rosters")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBodyList(RosterSummary.class)
                .returnResult()
                .getResponseBody();

        assertThat(listed).extracting(RosterSummary::id).containsSubsequence(newer.id(), older.id());
        assertThat(listed)
                .filteredOn(summary -> summary.id().equals(newer.id()))
                .extracting(RosterSummary::name, RosterSummary::status, RosterSummary::firstDay, RosterSummary::weeks)
                .containsExactly(tuple("week 10", RosterStatus.NOT_SOLVED, MONDAY, 1));
    }

    @Test
    void exportsShouldListTheShiftsAndTheCalendarShouldParseBack() throws Exception {
        RosterView roster = solve(create(weekProblem()).id());

        String csv = planner.get()
                .uri("/api/wfm/rosters/{id}/roster.csv", roster.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("agent_id,agent_name,date,template,start,end,queue");
        assertThat(lines).hasSize(1 + 11);

        String ics = planner.get()
                .uri("/api/wfm/rosters/{id}/agents/carla/calendar.ics", roster.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<ShiftView> carla = roster.shifts().stream()
                .filter(shift -> shift.agentId().equals("carla"))
                .sorted(Comparator.comparing(ShiftView::start))
                .toList();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(carla.size()).isNotEmpty();
        // Madrid is UTC+1 in early March: a shift at 08:00 local starts at 07:00 UTC
        ShiftView first = carla.get(0);
        Instant expected = first.start().toInstant(ZoneOffset.ofHours(1));
        assertThat(events.stream()
                        .map(event -> Instant.from(event.getDateTimeStart().getDate()))
                        .toList())
                .contains(expected);
    }

    @Test
    void queueWithoutDemandShouldNeedWhatItsRequirementsSchedule() {
        // the steady history of RequirementsApiTest, every day: 02:00 needs 3 scheduled agents, 09:00 6, 09:30 12
        // (worked there by the Erlang C formula), and no other half hour has calls
        LocalDate monday = LocalDate.of(2026, 3, 16);
        String queue = newQueueId("ROSTER");
        plan(queue, "Europe/Berlin", 30);
        importCsv(HistoryCsv.withHeader(HistoryCsv.steadyDays(queue, monday.minusDays(14), monday.minusDays(1))))
                .expectStatus()
                .isOk();
        Map<String, Object> problem = Map.of(
                "timeZone",
                "Europe/Berlin",
                "firstDay",
                monday,
                "weeks",
                1,
                "queues",
                List.of(Map.of("id", queue, "language", "es", "trial", "HEART-2")),
                "templates",
                List.of(template("E", "08:00", false)),
                "agents",
                List.of(agent("ana", List.of("es"), Map.of())));
        UUID id = create(problem).id();

        Coverage coverage = planner.get()
                .uri("/api/wfm/rosters/{id}/coverage", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Coverage.class)
                .returnResult()
                .getResponseBody();
        assertThat(coverage.intervals()).hasSize(7 * 3);
        assertThat(coverage.intervals())
                .filteredOn(row -> row.start().toLocalDate().equals(monday))
                .containsExactly(
                        new CoverageRow(queue, monday.atTime(2, 0), monday.atTime(2, 30), 3, 0),
                        new CoverageRow(queue, monday.atTime(9, 0), monday.atTime(9, 30), 6, 0),
                        new CoverageRow(queue, monday.atTime(9, 30), monday.atTime(10, 0), 12, 0));
    }

    @Test
    void malformedAgentShouldBeRefusedNamingTheField() {
        Map<String, Object> problem = new HashMap<>(weekProblem());
        problem.put("agents", List.of(agent("ana", List.of("es"), Map.of("name", " "))));
        planner.post()
                .uri("/api/wfm/rosters")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(problem)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("agents[0].name");
    }

    @Test
    void malformedTemplateShouldBeRefusedNamingTheField() {
        Map<String, Object> problem = new HashMap<>(weekProblem());
        problem.put(
                "templates",
                List.of(
                        template("E", "08:00", false),
                        Map.of("id", "L", "starts", List.of("12:00"), "lengthMinutes", 0)));
        planner.post()
                .uri("/api/wfm/rosters")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(problem)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("templates[1].lengthMinutes")
                .jsonPath("$.errors[0].rejectedValue")
                .isEqualTo("0");
    }

    // one Spanish agent whose contract needs 1,440 minutes a week but who may work only Monday and Tuesday: two
    // shifts of 480 give 960, 480 short whatever the solver does, so a solve never reaches 0hard and runs until its
    // best score has not improved for 3 s
    private static Map<String, Object> infeasibleProblem() {
        List<LocalDate> daysOff =
                List.of(2, 3, 4, 5, 6).stream().map(MONDAY::plusDays).toList();
        return Map.of(
                "firstDay",
                MONDAY,
                "weeks",
                1,
                "queues",
                List.of(Map.of(
                        "id", ES, "language", "es", "trial", "HEART-2", "demand", halfHours(MONDAY, 2, 8, 16, 1))),
                "templates",
                List.of(template("E", "08:00", false)),
                "agents",
                List.of(Map.of(
                        "id",
                        "ana",
                        "name",
                        "Ana",
                        "languages",
                        List.of("es"),
                        "trials",
                        List.of("HEART-2"),
                        "contract",
                        Map.of("minMinutesPerWeek", 1440),
                        "daysOff",
                        daysOff)));
    }

    @Test
    void infeasibleProblemShouldAnswerTheBestRosterWithItsBreachesInWords() {
        RosterView roster = solve(create(infeasibleProblem()).id());

        assertThat(roster.score().feasible()).isFalse();
        assertThat(roster.score().hard()).isEqualTo(-480);
        assertThat(roster.shifts()).hasSize(2);
        Explanation explanation = planner.get()
                .uri("/api/wfm/rosters/{id}/explanation", roster.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Explanation.class)
                .returnResult()
                .getResponseBody();
        assertThat(explanation.broken()).singleElement().satisfies(rule -> {
            assertThat(rule.constraint()).isEqualTo("min minutes per week");
            assertThat(rule.level()).isEqualTo("hard");
            assertThat(rule.penalty()).isEqualTo(-480);
            assertThat(rule.breaches())
                    .containsExactly("Ana works 960 minutes in week 1, fewer than the 1440 the contract needs");
        });
    }

    @Test
    void secondSolveShouldBeRefusedUntilTheFirstIsStopped() {
        UUID id = create(infeasibleProblem()).id();
        planner.post()
                .uri("/api/wfm/rosters/{id}/solve", id)
                .exchange()
                .expectStatus()
                .isAccepted();

        planner.post()
                .uri("/api/wfm/rosters/{id}/solve", id)
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("Roster busy or not ready");
        planner.post()
                .uri("/api/wfm/rosters/{id}/publish", id)
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        planner.post()
                .uri("/api/wfm/rosters/{id}/stop", id)
                .exchange()
                .expectStatus()
                .isAccepted();

        RosterView stopped = awaitSolved(id);
        assertThat(stopped.status()).isEqualTo(RosterStatus.SOLVED);
        planner.post()
                .uri("/api/wfm/rosters/{id}/stop", id)
                .exchange()
                .expectStatus()
                .isEqualTo(409);
    }

    @Test
    void calendarOfAnAgentNotInTheRosterShouldAnswerNotFound() {
        UUID id = create(weekProblem()).id();
        planner.get()
                .uri("/api/wfm/rosters/{id}/agents/nobody/calendar.ics", id)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void sickCallShouldKeepThePastAndChangeLittleElse() {
        // a week that started two days ago, Spanish 08:00-16:00: one agent a half hour on every day but the fourth,
        // which needs all three (ana, carla and eva), 9 shifts in all; each may work 4 early shifts (12 for 9)
        LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(2);
        List<Map<String, Object>> demand = new ArrayList<>(halfHours(first, 3, 8, 16, 1));
        demand.addAll(halfHours(first.plusDays(3), 1, 8, 16, 3));
        demand.addAll(halfHours(first.plusDays(4), 3, 8, 16, 1));
        Map<String, Object> four = Map.of("contract", Map.of("maxShiftsPerTemplate", Map.of("E", 4)));
        Map<String, Object> problem = Map.of(
                "timeZone",
                "UTC",
                "firstDay",
                first,
                "weeks",
                1,
                "queues",
                List.of(Map.of("id", ES, "language", "es", "trial", "HEART-2", "demand", demand)),
                "templates",
                List.of(template("E", "08:00", false)),
                "agents",
                List.of(
                        agent("ana", List.of("es"), four),
                        agent("carla", List.of("es"), four),
                        agent("eva", List.of("es"), four)));
        UUID id = create(problem).id();
        RosterView before = solve(id);
        planner.post()
                .uri("/api/wfm/rosters/{id}/publish", id)
                .exchange()
                .expectStatus()
                .isOk();

        // ana is sick tomorrow and the day after (the horizon's days 3 and 4)
        LocalDate sickFrom = first.plusDays(3);
        LocalDate sickTo = first.plusDays(5);
        planner.post()
                .uri("/api/wfm/rosters/{id}/sick-calls", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("agentId", "ana", "from", sickFrom.atStartOfDay(), "to", sickTo.atStartOfDay()))
                .exchange()
                .expectStatus()
                .isAccepted();
        RosterView after = awaitSolved(id);

        // day 3 can now have only carla and eva: one agent short for 16 half hours, whatever the roster
        assertThat(after.score().hard()).isZero();
        assertThat(after.score().medium()).isEqualTo(-16);
        // day 4 needs one agent: when it was ana, carla or eva takes it, and one of them has room under the cap (the
        // 9 shifts less ana's 2 on days 3 and 4 leave at most 7 for the two of them); nothing else needs to move
        boolean anaHadDay4 = before.shifts().stream()
                .anyMatch(shift -> shift.agentId().equals("ana") && shift.date().equals(first.plusDays(4)));
        List<ShiftView> changed =
                after.shifts().stream().filter(ShiftView::changed).toList();
        assertThat(changed).hasSize(anaHadDay4 ? 1 : 0).allSatisfy(shift -> {
            assertThat(shift.date()).isEqualTo(first.plusDays(4));
            assertThat(shift.agentId()).isIn("carla", "eva");
        });
        assertThat(after.shifts())
                .filteredOn(shift -> !shift.changed())
                .extracting(ShiftView::agentId, ShiftView::date)
                .containsExactlyInAnyOrderElementsOf(before.shifts().stream()
                        .filter(shift -> !shift.agentId().equals("ana")
                                || shift.date().isBefore(sickFrom)
                                || !shift.date().isBefore(sickTo))
                        .map(shift -> tuple(shift.agentId(), shift.date()))
                        .toList());
        // the two days before today are history, pinned
        assertThat(after.shifts())
                .filteredOn(shift -> shift.date().isBefore(first.plusDays(2)))
                .hasSize(2)
                .allMatch(ShiftView::pinned);
    }

    private RosterView awaitSolved(UUID id) {
        Flux<ServerSentEvent<RosterEvent>> events = planner.get()
                .uri("/api/wfm/rosters/{id}/events", id)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<RosterEvent>>() {})
                .getResponseBody();
        StepVerifier.create(events)
                .thenConsumeWhile(event -> event.data().status() == RosterStatus.SOLVING)
                .assertNext(event -> assertThat(event.data().status()).isEqualTo(RosterStatus.SOLVED))
                .expectComplete()
                .verify(Duration.ofSeconds(60));
        return get(id);
    }
}
