package org.trialline.wfm.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the worked examples (a published call-centre example, another library's tests and exact rational
 * arithmetic, see erlang/SOURCE.md): counts equal, probabilities within 1e-6, times within half the last digit given.
 */
class ErlangExamplesTest {

    private static final double PROBABILITY = 1e-6;

    static Stream<Named<Map<String, String>>> erlangC() {
        return named(ExampleRows.read("erlang-c.csv"), "agents");
    }

    static Stream<Named<Map<String, String>>> required() {
        return named(ExampleRows.read("required-agents.csv"), "target_sl");
    }

    static Stream<Named<Map<String, String>>> erlangA() {
        return named(ExampleRows.read("erlang-a.csv"), "agents");
    }

    @ParameterizedTest
    @MethodSource("erlangC")
    void erlangCShouldMatchTheWorkedExample(Map<String, String> row) {
        ErlangC model = new ErlangC(new Traffic(number(row, "calls"), number(row, "interval_s"), number(row, "aht_s")));
        int agents = (int) number(row, "agents");

        Performance performance = model.evaluate(agents, number(row, "target_answer_s"));

        assertThat(model.traffic().erlangs()).isCloseTo(number(row, "traffic_erlangs"), within(1e-9));
        assertThat(performance.probabilityOfWaiting()).isCloseTo(number(row, "p_wait"), within(PROBABILITY));
        assertThat(performance.serviceLevel()).isCloseTo(number(row, "service_level"), within(PROBABILITY));
        assertThat(performance.asaSeconds()).isCloseTo(number(row, "asa_s"), within(1e-6));
        assertThat(performance.occupancy()).isCloseTo(number(row, "occupancy"), within(PROBABILITY));
        assertThat(model.blocking(agents)).isCloseTo(number(row, "erlang_b"), within(PROBABILITY));
    }

    @ParameterizedTest
    @MethodSource("required")
    void requiredAgentsShouldMatchTheWorkedExample(Map<String, String> row) {
        ErlangC model = new ErlangC(new Traffic(number(row, "calls"), number(row, "interval_s"), number(row, "aht_s")));
        Target target = new Target(
                number(row, "target_sl"),
                number(row, "target_answer_s"),
                number(row, "max_occupancy"),
                number(row, "shrinkage"));

        Requirement requirement = Staffing.required(model, target);

        assertThat(requirement.agents()).isEqualTo((int) number(row, "raw_agents"));
        assertThat(requirement.scheduledAgents()).isEqualTo((int) number(row, "scheduled_agents"));
        Performance performance = requirement.performance();
        assertThat(performance.serviceLevel()).isCloseTo(number(row, "achieved_sl"), within(PROBABILITY));
        assertThat(performance.probabilityOfWaiting()).isCloseTo(number(row, "p_wait"), within(PROBABILITY));
        assertThat(performance.occupancy()).isCloseTo(number(row, "occupancy"), within(PROBABILITY));
    }

    @ParameterizedTest
    @MethodSource("erlangA")
    void erlangAShouldMatchTheWorkedExample(Map<String, String> row) {
        Traffic traffic =
                new Traffic(number(row, "calls"), number(row, "interval_min") * 60, number(row, "aht_min") * 60);
        ErlangA model = new ErlangA(traffic, number(row, "patience_min") * 60);

        Performance performance = model.evaluate((int) number(row, "agents"), number(row, "target_answer_s"));

        assertThat(performance.probabilityOfWaiting()).isCloseTo(number(row, "p_wait"), within(PROBABILITY));
        assertThat(performance.probabilityOfAbandon()).isCloseTo(number(row, "p_abandon"), within(PROBABILITY));
        assertThat(performance.occupancy()).isCloseTo(number(row, "occupancy"), within(PROBABILITY));
        assertThat(performance.serviceLevel()).isCloseTo(number(row, "service_level"), within(PROBABILITY));
        // the file gives ASA to five decimals and the mean queue length to seven
        assertThat(performance.asaSeconds()).isCloseTo(number(row, "asa_s"), within(5e-6));
        double queueLength = performance.asaSeconds() * traffic.arrivalRate();
        assertThat(queueLength).isCloseTo(number(row, "queue_len"), within(PROBABILITY));
    }

    private static double number(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("no column " + column + " in " + row.keySet());
        }
        return Double.parseDouble(value);
    }

    private static Stream<Named<Map<String, String>>> named(List<Map<String, String>> rows, String column) {
        return rows.stream().map(row -> Named.of(row.get("case") + " " + column + "=" + row.get(column), row));
    }
}
