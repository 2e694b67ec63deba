package org.trialline.kpi.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.CentreEvents;
import org.trialline.kpi.GoldenDay;
import org.trialline.kpi.KpiRedisTest;
import org.trialline.kpi.state.KpiStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The meters of the golden morning as Prometheus scrapes them, and the Grafana dashboard that reads them. */
@AutoConfigureWebTestClient
class MetricsAndDashboardTest extends KpiRedisTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path DASHBOARD = Path.of("grafana/kpi-stream.json");

    @Autowired
    KpiStore store;

    @Autowired
    QueueMeters queueMeters;

    @Autowired
    WebTestClient client;

    @Autowired
    JsonMapper json;

    private String scrape() {
        for (QueueEvent event : GoldenDay.events()) {
            store.apply(event).block(WAIT);
        }
        directory.forget();
        queueMeters.refresh().block(WAIT);
        return client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    // one test, since the timers count on across tests within the context while the state is wiped between them
    @Test
    void theGoldenMorningShouldBeScrapedWithNoIdsAndEveryMetricOfTheDashboard() throws Exception {
        String scrape = scrape();
        gaugesShouldShowTheLiveState(scrape);
        noMeterShouldNameAPatientAnAgentOrAContact(scrape);
        everyMetricTheDashboardQueriesShouldBeScraped(scrape);
    }

    private static void gaugesShouldShowTheLiveState(String scrape) {
        // c8 waits, 91 s before the clock; Ana and Ben are available, each once for the centre
        assertThat(scrape).containsPattern("trialline_queue_waiting\\{[^}]*queue=\"GOLD\"[^}]*} 1\\.0");
        assertThat(scrape).containsPattern("trialline_queue_oldest_wait_seconds\\{[^}]*queue=\"GOLD\"[^}]*} 91\\.0");
        assertThat(scrape).containsPattern("trialline_agents\\{[^}]*state=\"AVAILABLE\"[^}]*} 2\\.0");
        // today's standard service level 3 / 5, against the target 0.8 of the queue
        assertThat(scrape).containsPattern("trialline_queue_service_level\\{[^}]*queue=\"GOLD\"[^}]*} 0\\.6");
        assertThat(scrape).containsPattern("trialline_queue_service_level_target\\{[^}]*queue=\"GOLD\"[^}]*} 0\\.8");
        // c0, c4, c5, c6 answered; c4 and c0 within 20 s of the 4 answered plus c6 (10 s): 3 in the 20 s bucket
        assertThat(scrape)
                .containsPattern("trialline_queue_exit_seconds_count\\{[^}]*outcome=\"answered\"[^}]*queue=\"GOLD\""
                        + "[^}]*} 4");
        assertThat(scrape)
                .contains("trialline_queue_exit_seconds_bucket{application=\"kpi-stream\",outcome=\"answered\","
                        + "queue=\"GOLD\",le=\"20.0\"} 3\n");
        // c4, c5, c6 wrapped up; surveys 5 and 3
        assertThat(scrape).containsPattern("trialline_contact_handle_seconds_count\\{[^}]*queue=\"GOLD\"[^}]*} 3");
        assertThat(scrape).containsPattern("trialline_survey_score_sum\\{[^}]*queue=\"GOLD\"[^}]*} 8\\.0");
    }

    private static void noMeterShouldNameAPatientAnAgentOrAContact(String scrape) {
        assertThat(scrape).doesNotContain("\"a1\"", "\"a2\"", "Ana", "\"P1\"", "P2");
        assertThat(scrape).doesNotContain(CentreEvents.contact("c8").toString());
    }

    private void everyMetricTheDashboardQueriesShouldBeScraped(String scrape) throws Exception {
        JsonNode dashboard = json.readTree(Files.readString(DASHBOARD));
        Set<String> queried = new TreeSet<>();
        Pattern metric = Pattern.compile("trialline_[a-z_]+");
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.get("datasource").get("uid").asString())
                    .as(panel.get("title").asString())
                    .isEqualTo("${datasource}");
            for (JsonNode target : panel.get("targets")) {
                Matcher matcher = metric.matcher(target.get("expr").asString());
                while (matcher.find()) {
                    queried.add(matcher.group());
                }
            }
        }

        assertThat(queried).hasSizeGreaterThan(10);
        assertThat(queried).allSatisfy(name -> assertThat(scrape).contains(name + "{"));
        JsonNode variables = dashboard.get("templating").get("list");
        assertThat(variables.get(0).get("type").asString()).isEqualTo("datasource");
        assertThat(variables.get(0).get("query").asString()).isEqualTo("prometheus");
    }
}
