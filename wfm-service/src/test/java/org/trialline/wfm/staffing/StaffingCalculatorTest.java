package org.trialline.wfm.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestTokens;

/** The calculator over HTTP, as a planner calls it: the published example, a given staffing, and refused requests. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class StaffingCalculatorTest {

    // Call Centre Helper's worked example: 100 calls in 30 minutes, 180 s each, 80 % in 20 s, 85 % occupancy, 30 %
    // shrinkage; the answer there is 14 agents on calls and 20 scheduled
    private static final String EXAMPLE = """
            {"callsPerInterval": 100, "intervalSeconds": 1800, "ahtSeconds": 180, "targetServiceLevel": 0.8,
             "targetAnswerSeconds": 20, "maxOccupancy": 0.85, "shrinkage": 0.3%s}""";

    @Autowired
    WebTestClient client;

    @Test
    void erlangCShouldAnswerThePublishedExample() {
        post("/api/wfm/staffing/erlang-c", EXAMPLE.formatted(""))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agents")
                .isEqualTo(14)
                .jsonPath("$.scheduledAgents")
                .isEqualTo(20)
                .jsonPath("$.serviceLevel")
                .value(near(0.8883500192, 1e-6))
                .jsonPath("$.probabilityOfWaiting")
                .value(near(0.1741319336, 1e-6))
                .jsonPath("$.asaSeconds")
                .value(near(7.8359370118, 1e-6))
                .jsonPath("$.occupancy")
                .value(near(0.7142857143, 1e-6))
                .jsonPath("$.probabilityOfAbandon")
                .doesNotExist();
    }

    @Test
    void givenAgentsShouldBeEvaluatedInsteadOfSearched() {
        post("/api/wfm/staffing/erlang-c", EXAMPLE.formatted(", \"agents\": 12"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agents")
                .isEqualTo(12)
                .jsonPath("$.scheduledAgents")
                .isEqualTo(18) // 12 / 0.7 = 17.1
                .jsonPath("$.serviceLevel")
                .value(near(0.6401580404, 1e-6))
                .jsonPath("$.probabilityOfWaiting")
                .value(near(0.4493882243, 1e-6));
    }

    @Test
    void tooFewAgentsForErlangCShouldSayTheQueueGrowsWithoutBound() {
        post("/api/wfm/staffing/erlang-c", EXAMPLE.formatted(", \"agents\": 10"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.serviceLevel")
                .isEqualTo(0.0)
                .jsonPath("$.probabilityOfWaiting")
                .isEqualTo(1.0)
                .jsonPath("$.asaSeconds")
                .doesNotExist();
    }

    @Test
    void erlangAShouldAnswerWithAbandonment() {
        // pyworkforce's Erlang A example: 100 calls in 30 min, AHT 3 min, patience 5 min, 12 agents
        String body = """
                {"callsPerInterval": 100, "intervalSeconds": 1800, "ahtSeconds": 180, "targetServiceLevel": 0.8,
                 "targetAnswerSeconds": 20, "patienceSeconds": 300, "agents": 12}""";
        post("/api/wfm/staffing/erlang-a", body)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.probabilityOfWaiting")
                .value(near(0.3318020, 1e-6))
                .jsonPath("$.probabilityOfAbandon")
                .value(near(0.0427111, 1e-6))
                .jsonPath("$.serviceLevel")
                .value(near(0.7722793, 1e-6))
                .jsonPath("$.asaSeconds")
                .value(near(12.81333, 5e-6));
    }

    @Test
    void erlangASearchShouldNeedNoMoreAgentsThanErlangC() {
        // with 12 agents the example reaches 77 %, with 14 it reaches 92 %: the answer lies between
        String body = """
                {"callsPerInterval": 100, "intervalSeconds": 1800, "ahtSeconds": 180, "targetServiceLevel": 0.8,
                 "targetAnswerSeconds": 20, "patienceSeconds": 300}""";
        post("/api/wfm/staffing/erlang-a", body)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agents")
                .value(agents -> org.assertj.core.api.Assertions.assertThat((Integer) agents)
                        .isBetween(13, 14))
                .jsonPath("$.serviceLevel")
                .value(level -> org.assertj.core.api.Assertions.assertThat((Double) level)
                        .isGreaterThanOrEqualTo(0.8));
    }

    @Test
    void impossibleRequestsShouldGetProblemsNamingTheField() {
        expectProblem(
                "erlang-c",
                EXAMPLE.formatted("").replace("0.8,", "1,").replace(": 20,", ": 0,"),
                400,
                "targetServiceLevel");
        expectProblem("erlang-c", EXAMPLE.formatted("").replace("100,", "-5,"), 400, "callsPerInterval");
        expectProblem(
                "erlang-c",
                EXAMPLE.formatted("").replace("\"ahtSeconds\": 180", "\"ahtSeconds\": 0"),
                400,
                "ahtSeconds");
        expectProblem("erlang-c", EXAMPLE.formatted("").replace("0.3", "1"), 400, "shrinkage");
        expectProblem("erlang-c", EXAMPLE.formatted(", \"agents\": -1"), 400, "agents");
        expectProblem("erlang-c", "{\"callsPerInterval\": \"many\"}", 400, "callsPerInterval");
        expectProblem("erlang-a", EXAMPLE.formatted(""), 400, "patienceSeconds");
        expectProblem("erlang-c", EXAMPLE.formatted(", \"patienceSeconds\": 300"), 400, "patienceSeconds");
        // two million Erlangs: more agents than any search goes to
        expectProblem(
                "erlang-c",
                EXAMPLE.formatted("").replace("100,", "1000000,").replace("180,", "3600,"),
                422,
                "targetServiceLevel");
    }

    private void expectProblem(String model, String body, int status, String field) {
        post("/api/wfm/staffing/" + model, body)
                .expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(containsString(field));
    }

    // the JSON reader gives small numbers as BigDecimal and others as Double
    private static Consumer<Object> near(double expected, double tolerance) {
        return actual -> assertThat(((Number) actual).doubleValue()).isCloseTo(expected, within(tolerance));
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return client.post()
                .uri(path)
                .headers(TestTokens.as("p-1", "PLANNER"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
