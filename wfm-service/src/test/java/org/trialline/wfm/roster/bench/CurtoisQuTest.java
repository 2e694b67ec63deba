package org.trialline.wfm.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.trialline.wfm.roster.ObjectiveConstraints;
import org.trialline.wfm.roster.Roster;
import org.trialline.wfm.roster.ShiftAssignment;
import org.trialline.wfm.roster.ShiftOption;

/**
 * The benchmark's Curtois and Qu reader and evaluator on a week for two made by hand ({@code curtois-qu/tiny.txt}),
 * and the roster it maps onto scored by the objective's rules to the same figure.
 */
class CurtoisQuTest {

    /*
     * A: E E - - - - -   960 minutes; runs touching the edges are not held to the minimum; day 3 off as fixed
     * B: - L L - - L L   1,920 minutes; runs of 2 inside; one weekend
     * cover: day 1 E wants 2, has 1: under 1 × 100; day 6 L wants 0, has 1: over 1 × 1
     * requests: A off E on day 1 broken (1), B on E on day 0 broken (2); the others are kept
     * objective 100 + 1 + 3 = 104
     */
    private static final String[] A = {"E", "E", null, null, null, null, null};
    private static final String[] B = {null, "L", "L", null, null, "L", "L"};

    private static CurtoisQuInstance instance;

    @BeforeAll
    static void read() throws Exception {
        instance = CurtoisQuInstance.read(
                Path.of(CurtoisQuTest.class.getResource("/curtois-qu/tiny.txt").toURI()));
    }

    @Test
    void readsEverySection() {
        assertThat(instance.days()).isEqualTo(7);
        assertThat(instance.shifts().get("L").cannotFollow()).containsExactly("E");
        assertThat(instance.staff().get("A").minTotalMinutes()).isEqualTo(960);
        assertThat(instance.staff().get("A").maxShifts()).containsEntry("L", 7);
        assertThat(instance.daysOff().get("A")).containsExactly(3);
        assertThat(instance.onRequests()).hasSize(3);
        assertThat(instance.offRequests()).hasSize(2);
        assertThat(instance.covers()).hasSize(6);
    }

    @Test
    void evaluatesTheObjectiveWorkedByHand() {
        CurtoisQuObjective.Result result = CurtoisQuObjective.evaluate(instance, plan(A, B));

        assertThat(result.underCover()).isEqualTo(100);
        assertThat(result.overCover()).isEqualTo(1);
        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.objective()).isEqualTo(104);
        assertThat(result.broken()).isEmpty();
    }

    @Test
    void namesEachHardRuleBroken() {
        // B: L then E on days 0 and 1, a run of 1 day off on day 3 between working days; A works its day off
        String[] a = {"E", "E", null, "E", "E", null, null};
        String[] b = {"L", "E", null, "L", "L", "L", null};

        assertThat(CurtoisQuObjective.evaluate(instance, plan(a, b)).broken())
                .containsExactlyInAnyOrder(
                        "A works day 3, a day off",
                        "A is off only 1 days in a row from day 2",
                        "B works L then E on day 0",
                        "B is off only 1 days in a row from day 2");
    }

    @Test
    void theMappedRosterScoresTheSameObjective() {
        Roster roster = instance.toRoster();
        Map<String, String[]> plan = plan(A, B);
        for (ShiftAssignment day : roster.getAssignments()) {
            String shift = plan.get(day.getAgent().id())[day.getDay()];
            ShiftOption option = shift == null
                    ? null
                    : roster.getOptions().stream()
                            .filter(o -> o.template().id().equals(shift))
                            .findFirst()
                            .orElseThrow();
            day.with(option, roster.getQueues().get(0));
        }
        ConstraintVerifier.build(new ObjectiveConstraints(), Roster.class, ShiftAssignment.class)
                .verifyThat()
                .givenSolution(roster)
                .scores(HardMediumSoftScore.of(0, -100, -4));
        assertThat(instance.plan(roster)).containsExactlyEntriesOf(plan);
    }

    private static Map<String, String[]> plan(String[] a, String[] b) {
        Map<String, String[]> plan = new LinkedHashMap<>();
        plan.put("A", a);
        plan.put("B", b);
        return plan;
    }
}
