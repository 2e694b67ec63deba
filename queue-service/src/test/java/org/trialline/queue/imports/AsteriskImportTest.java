package org.trialline.queue.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.queue.history.IntervalReport;
import org.trialline.testsupport.RealInfrastructure;

/** Imports the hand-written queue_log and checks the day's report against figures worked out by hand from it. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trialline.centre.time-zone=UTC")
@AutoConfigureWebTestClient
@RealInfrastructure
class AsteriskImportTest {

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    @Test
    void queueLogShouldBecomeContactsWhoseReportMatchesTheHandCount() throws IOException {
        setUpQueue("heart2-es", "es");
        setUpQueue("heart2-en", "en");

        ImportReport report = importLog();

        // 8 ENTERQUEUE lines read, line 10's epoch is malformed; 9 agent lines: log-in, 2 ADDMEMBER, 2 UNPAUSE,
        // 2 PAUSE, REMOVEMEMBER, log-off
        assertThat(report.contactsRead()).isEqualTo(8);
        assertThat(report.problemCount()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportReport.LineProblem::line).containsExactly(10L);
        assertThat(report.agentLinesNotKept()).isEqualTo(9);
        assertThat(importLog().contactsImported())
                .as("a second import adds nothing")
                .isZero();

        List<IntervalReport> days = client.get()
                .uri("/api/queue/history?interval=day&from=2026-03-02&to=2026-03-02&queue=heart2-es,heart2-en")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<IntervalReport>>() {})
                .returnResult()
                .getResponseBody();

        IntervalReport english = days.get(0);
        IntervalReport spanish = days.get(1);
        assertThat(english.queueId()).isEqualTo("heart2-en");
        assertThat(english.offered()).isEqualTo(1);
        assertThat(english.serviceLevel()).as("nothing answered or abandoned").isNull();
        // .11 waits 21 s and talks 185 s, .25 waits 8 s and talks 120 s, .31 waits 5 s and talks 60 s, .35 waits 9 s
        // and talks 95 s; .21 abandons after 42 s; .41 times out, .45 leaves with a key
        assertThat(spanish.offered()).isEqualTo(7);
        assertThat(spanish.answered()).isEqualTo(4);
        assertThat(spanish.abandoned()).isEqualTo(1);
        assertThat(spanish.shortAbandoned()).isZero();
        assertThat(spanish.serviceLevel())
                .as("3 within 20 s of 4 answered + 1 abandoned after")
                .isCloseTo(0.6, within(1e-9));
        assertThat(spanish.abandonmentRate()).isCloseTo(1.0 / 7, within(1e-9));
        assertThat(spanish.asaSeconds()).isCloseTo((21 + 8 + 5 + 9) / 4.0, within(1e-9));
        assertThat(spanish.ahtSeconds()).isCloseTo((185 + 120 + 60 + 95) / 4.0, within(1e-9));
    }

    private ImportReport importLog() throws IOException {
        byte[] file;
        try (InputStream input = getClass().getResourceAsStream("/imports/asterisk-queue_log.txt")) {
            file = input.readAllBytes();
        }
        return client.post()
                .uri("/api/queue/imports/asterisk-queue-log")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue(file)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ImportReport.class)
                .returnResult()
                .getResponseBody();
    }

    private void setUpQueue(String id, String language) {
        client.put()
                .uri("/api/queue/queues/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(
                        Map.of("trial", "HEART-2", "language", language, "channel", "VOICE", "routedBy", "TELEPHONY"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
    }
}
