package org.trialline.queue.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.queue.imports.ImportReport;
import org.trialline.testsupport.RealInfrastructure;

/**
 * Imports one real day of the Anonymous Bank's calls and checks queue-service's daily report against counts a simple,
 * separate reading of the same file makes in this test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trialline.centre.time-zone=Asia/Jerusalem")
@AutoConfigureWebTestClient
@RealInfrastructure
class BankDayReportTest {

    private static final String DAY = "/imports/anonymous-bank-1999-02-10.txt";
    private static final int THRESHOLD = 20;
    private static final int SHORT_ABANDON = 5;

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    @Test
    void dailyReportShouldMatchAnIndependentCountOfTheDay() throws IOException {
        AtomicLong contacts = new AtomicLong();
        Map<String, Expected> expected = independentCount(contacts);
        expected.keySet().forEach(this::setUpQueue);

        ImportReport first = importDay();
        ImportReport second = importDay();

        assertThat(first.contactsRead()).isEqualTo(contacts.get());
        assertThat(first.contactsImported() + first.contactsAlreadyPresent()).isEqualTo(contacts.get());
        assertThat(second.contactsImported()).as("a second import adds nothing").isZero();
        assertThat(second.contactsAlreadyPresent()).isEqualTo(contacts.get());
        assertThat(first.problemCount()).isEqualTo(1);

        List<IntervalReport> report = client.get()
                .uri(
                        "/api/queue/history?interval=day&from=1999-02-10&to=1999-02-10&queue={queues}",
                        String.join(",", expected.keySet()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<IntervalReport>>() {})
                .returnResult()
                .getResponseBody();

        assertThat(report).extracting(IntervalReport::queueId).containsExactlyElementsOf(expected.keySet());
        for (IntervalReport day : report) {
            Expected want = expected.get(day.queueId());
            assertThat(day.offered()).as(day.queueId() + " offered").isEqualTo(want.offered);
            assertThat(day.answered()).as(day.queueId() + " answered").isEqualTo(want.answered);
            assertThat(day.abandoned()).as(day.queueId() + " abandoned").isEqualTo(want.abandoned);
            assertThat(day.shortAbandoned()).as(day.queueId() + " short").isEqualTo(want.shortAbandoned);
            assertThat(day.serviceLevel())
                    .as(day.queueId() + " service level")
                    .isCloseTo(want.serviceLevel(), within(1e-9));
            assertThat(day.asaSeconds()).as(day.queueId() + " ASA").isCloseTo(want.asa(), within(1e-6));
            assertThat(day.ahtSeconds()).as(day.queueId() + " AHT").isCloseTo(want.aht(), within(1e-6));
            assertThat(day.start()).hasToString("1999-02-10T00:00");
        }
    }

    @Test
    void dailyReportInAnotherZoneShouldCountThatZonesDay() throws IOException {
        AtomicLong contacts = new AtomicLong();
        independentCount(contacts).keySet().forEach(this::setUpQueue);
        importDay();

        List<IntervalReport> report = client.get()
                .uri("/api/queue/history?interval=day&from=1999-02-10&to=1999-02-10&zone=UTC")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<IntervalReport>>() {})
                .returnResult()
                .getResponseBody();

        // Jerusalem was two hours ahead of UTC that day, so the UTC day runs from 02:00 there to 02:00 the next
        assertThat(report)
                .extracting(IntervalReport::start)
                .allMatch(start -> start.toString().equals("1999-02-10T00:00"));
        assertThat(report.stream().mapToLong(IntervalReport::offered).sum()).isEqualTo(enteringBetween(7_200, 93_600));
    }

    @Test
    void unknownZoneShouldBeRefusedNamingIt() {
        client.get()
                .uri("/api/queue/history?interval=day&from=1999-02-10&to=1999-02-10&zone=Mars/Olympus")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("'Mars/Olympus'"));
    }

    private ImportReport importDay() throws IOException {
        byte[] file;
        try (InputStream input = getClass().getResourceAsStream(DAY)) {
            file = input.readAllBytes();
        }
        return client.mutate()
                .responseTimeout(Duration.ofSeconds(60))
                .build()
                .post()
                .uri("/api/queue/imports/anonymous-bank?zone=Asia/Jerusalem")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue(file)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(ImportReport.class)
                .returnResult()
                .getResponseBody();
    }

    private void setUpQueue(String id) {
        client.put()
                .uri("/api/queue/queues/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "trial",
                        "ANONYMOUS-BANK",
                        "language",
                        "PE".equals(id) ? "en" : "he",
                        "channel",
                        "VOICE",
                        "serviceLevelSeconds",
                        THRESHOLD,
                        "shortAbandonSeconds",
                        SHORT_ABANDON,
                        "routedBy",
                        "TELEPHONY"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
    }

    /** The day's figures per queue, read with nothing but string splitting and arithmetic on the raw columns. */
    private Map<String, Expected> independentCount(AtomicLong contactsInFile) throws IOException {
        Map<String, Expected> counts = new TreeMap<>();
        String text;
        try (InputStream input = getClass().getResourceAsStream(DAY)) {
            text = new String(input.readAllBytes(), StandardCharsets.US_ASCII);
        }
        text.lines().skip(1).map(line -> line.split("\t")).forEach(row -> {
            boolean phantom = "PHANTOM".equals(row[12]);
            boolean unreadable = !row[2].matches("\\d+");
            boolean served = !"0:00:00".equals(row[13]);
            boolean queued = !"0:00:00".equals(row[9]);
            if (phantom || unreadable || !(served || queued)) {
                return;
            }
            contactsInFile.incrementAndGet();
            int wait = Integer.parseInt(row[11]);
            if (entersAfterMidnight(row[6], served ? row[13] : row[10], wait)) {
                return;
            }
            Expected queue = counts.computeIfAbsent(row[4], id -> new Expected());
            queue.offered++;
            if (served) {
                queue.answered++;
                queue.waitOfAnswered += wait;
                queue.answeredWithin += wait <= THRESHOLD ? 1 : 0;
                queue.handleSeconds += seconds(row[14], row[13]);
            } else if (wait <= SHORT_ABANDON) {
                queue.shortAbandoned++;
            } else {
                queue.abandoned++;
                queue.abandonedAfter += wait > THRESHOLD ? 1 : 0;
            }
        });
        return counts;
    }

    /** Contacts of the file entering a queue from {@code from} to before {@code to}, in seconds after 10 February. */
    private long enteringBetween(long from, long to) throws IOException {
        String text;
        try (InputStream input = getClass().getResourceAsStream(DAY)) {
            text = new String(input.readAllBytes(), StandardCharsets.US_ASCII);
        }
        return text.lines()
                .skip(1)
                .map(line -> line.split("\t"))
                .filter(row -> !"PHANTOM".equals(row[12]) && row[2].matches("\\d+"))
                .filter(row -> !"0:00:00".equals(row[13]) || !"0:00:00".equals(row[9]))
                .mapToLong(row -> {
                    long arrived = LocalTime.parse(pad(row[6])).toSecondOfDay();
                    long at = LocalTime.parse(pad("0:00:00".equals(row[13]) ? row[10] : row[13]))
                            .toSecondOfDay();
                    return (at < arrived - 43_200 ? at + 86_400 : at) - Integer.parseInt(row[11]);
                })
                .filter(entered -> entered >= from && entered < to)
                .count();
    }

    // the contact belongs to the day it entered the queue: a time far earlier than the call's arrival is the next day
    private static boolean entersAfterMidnight(String arrival, String reference, int wait) {
        long arrived = LocalTime.parse(pad(arrival)).toSecondOfDay();
        long at = LocalTime.parse(pad(reference)).toSecondOfDay();
        if (at < arrived - 43_200) {
            at += 86_400;
        }
        return at - wait >= 86_400;
    }

    // a call that ends after midnight wraps; the day's calls last minutes, not hours
    private static long seconds(String end, String start) {
        long span = LocalTime.parse(pad(end)).toSecondOfDay()
                - LocalTime.parse(pad(start)).toSecondOfDay();
        return span < 0 ? span + 86_400 : span;
    }

    private static String pad(String time) {
        return time.length() == 7 ? "0" + time : time;
    }

    private static final class Expected {
        long offered;
        long answered;
        long abandoned;
        long shortAbandoned;
        long answeredWithin;
        long abandonedAfter;
        long waitOfAnswered;
        long handleSeconds;

        double serviceLevel() {
            return (double) answeredWithin / (answered + abandonedAfter);
        }

        double asa() {
            return (double) waitOfAnswered / answered;
        }

        double aht() {
            return (double) handleSeconds / answered;
        }
    }
}
