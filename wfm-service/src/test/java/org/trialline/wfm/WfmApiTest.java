package org.trialline.wfm;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestTokens;

/**
 * What the endpoint tests share, and so one application context: a real PostgreSQL, queue-service played by
 * {@link QueueServiceStub}, and a client signed in as a planner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
public abstract class WfmApiTest {

    protected WebTestClient planner;

    @DynamicPropertySource
    static void queueService(DynamicPropertyRegistry registry) {
        registry.add("trialline.wfm.queue-service-url", QueueServiceStub::url);
        registry.add("trialline.wfm.centre-time-zone", () -> "UTC");
        // roster solves stop once lawful and covering, well before the limits a busy machine might need
        registry.add("trialline.wfm.roster.best-score-limit", () -> "0hard/0medium/*soft");
        registry.add("trialline.wfm.roster.spent-limit", () -> "30s");
        registry.add("trialline.wfm.roster.unimproved-spent-limit", () -> "3s");
    }

    @Autowired
    void signIn(WebTestClient anonymous) {
        // a busy 2-core machine runs other builds beside this one
        planner = TestTokens.signedIn(
                anonymous.mutate().responseTimeout(Duration.ofSeconds(30)).build(), "planner-1", "PLANNER");
    }

    /** Sets up a queue's plan with the defaults but for its zone and interval length. */
    protected void plan(String queueId, String timeZone, int intervalMinutes) {
        planner.put()
                .uri("/api/wfm/queues/{id}", queueId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("timeZone", timeZone, "intervalMinutes", intervalMinutes))
                .exchange()
                .expectStatus()
                .isCreated();
    }

    /** Imports interval counts, header included. */
    protected WebTestClient.ResponseSpec importCsv(String csv) {
        return planner.post()
                .uri("/api/wfm/history/intervals")
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange();
    }

    /** A queue id no other test uses. */
    protected static String newQueueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
