package org.trialline.wfm.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.trialline.wfm.problems.InvalidFieldException;

/** A malformed roster problem is refused naming the field as a path into the request. */
class RosterRequestCheckTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static final RosterRequest.TemplateSpec EARLY =
            new RosterRequest.TemplateSpec("E", List.of(LocalTime.of(8, 0)), 480, null, false);

    private static RosterRequest.AgentSpec ana(
            RosterRequest.ContractSpec contract, List<RosterRequest.RequestSpec> requests) {
        return new RosterRequest.AgentSpec(
                "ana", "Ana", List.of("es"), List.of("HEART-2"), null, contract, null, null, requests);
    }

    private static RosterRequest request(
            List<RosterRequest.DemandSpec> demand, RosterRequest.AgentSpec agent, RosterRequest.TemplateSpec template) {
        return new RosterRequest(
                "week",
                null,
                MONDAY,
                1,
                List.of(new RosterRequest.QueueSpec("HEART-2.es.voice", "es", "HEART-2", demand)),
                List.of(agent),
                List.of(template));
    }

    private static RosterRequest.ContractSpec contract(Integer min, Integer max, Map<String, Integer> maxShifts) {
        return new RosterRequest.ContractSpec(min, max, null, null, maxShifts, null, null, null, null, null, null);
    }

    private static String fieldOf(Throwable thrown) {
        ProblemDetail problem = ((InvalidFieldException) thrown).getBody();
        return ((List<?>) problem.getProperties().get("errors")).get(0).toString();
    }

    @Test
    void wellFormedProblemShouldPass() {
        assertThatCode(() -> RosterRequestCheck.check(request(List.of(), ana(null, null), EARLY)))
                .doesNotThrowAnyException();
    }

    @Test
    void contractMaximumBelowItsMinimumShouldBeRefused() {
        assertThatThrownBy(() ->
                        RosterRequestCheck.check(request(List.of(), ana(contract(2400, 1200, null), null), EARLY)))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(
                        thrown -> assertThat(fieldOf(thrown)).contains("field=agents[0].contract.maxMinutesPerWeek"));
    }

    @Test
    void limitOnAnUnknownTemplateShouldBeRefused() {
        assertThatThrownBy(() -> RosterRequestCheck.check(request(
                        List.of(), ana(contract(null, null, Map.of("X", 2)), null), EARLY)))
                .satisfies(thrown -> assertThat(fieldOf(thrown))
                        .contains("field=agents[0].contract.maxShiftsPerTemplate")
                        .contains("rejectedValue=X"));
    }

    @Test
    void demandEndingBeforeItStartsShouldBeRefused() {
        LocalDateTime nine = MONDAY.atTime(9, 0);
        RosterRequest.DemandSpec backwards =
                new RosterRequest.DemandSpec(nine, nine.minusMinutes(30), 1, null, null, null);
        assertThatThrownBy(() -> RosterRequestCheck.check(request(List.of(backwards), ana(null, null), EARLY)))
                .satisfies(thrown -> assertThat(fieldOf(thrown)).contains("field=queues[0].demand[0].end"));
    }

    @Test
    void requestOutsideTheHorizonShouldBeRefused() {
        // the week runs from 2 to 8 March
        RosterRequest.RequestSpec late = new RosterRequest.RequestSpec(MONDAY.plusDays(7), null, true, 1);
        assertThatThrownBy(() -> RosterRequestCheck.check(request(List.of(), ana(null, List.of(late)), EARLY)))
                .satisfies(thrown -> assertThat(fieldOf(thrown)).contains("field=agents[0].requests[0].date"));
    }

    @Test
    void breakOutsideTheShiftShouldBeRefused() {
        RosterRequest.TemplateSpec broken = new RosterRequest.TemplateSpec(
                "E", List.of(LocalTime.of(8, 0)), 480, List.of(new ShiftTemplate.Break(470, 30)), false);
        assertThatThrownBy(() -> RosterRequestCheck.check(request(List.of(), ana(null, null), broken)))
                .satisfies(thrown -> assertThat(fieldOf(thrown)).contains("field=templates[0].breaks[0]"));
    }

    @Test
    void fiveWeeksShouldBeRefused() {
        RosterRequest five =
                new RosterRequest("long", null, MONDAY, 5, List.of(), List.of(ana(null, null)), List.of(EARLY));
        assertThatThrownBy(() -> RosterRequestCheck.check(five))
                .satisfies(thrown -> assertThat(fieldOf(thrown)).contains("field=weeks"));
    }
}
