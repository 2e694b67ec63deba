package org.trialline.queue.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestSql;
import org.trialline.testsupport.TestTokens;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** Races requests against one another on a real PostgreSQL and counts the offers that came out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class ConcurrentRoutingTest {

    private static final int RACERS = 12;

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    @Autowired
    QueueRouter router;

    @LocalServerPort
    int port;

    QueueFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QueueFixtures(client);
    }

    @Test
    void manyContactsRacingForOneAgentShouldProduceExactlyOneOffer() {
        String queue = fixtures.queue("es", 0);
        String agent = fixtures.agent("ana", "es");
        fixtures.state(agent, "AVAILABLE").expectStatus().isOk();

        StepVerifier.create(Flux.range(0, RACERS)
                        .flatMap(
                                i -> http(TestTokens.bearer("telephony", "TELEPHONY"))
                                        .post()
                                        .uri("/api/queue/contacts")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .bodyValue(Map.of("queueId", queue))
                                        .retrieve()
                                        .toBodilessEntity(),
                                RACERS)
                        .count())
                .expectNext((long) RACERS)
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        raceRouters();

        await().atMost(Duration.ofSeconds(10)).until(() -> offersTo(agent) == 1);
        assertThat(offersTo(agent)).isEqualTo(1);
        assertThat(statusCounts(queue)).containsEntry("OFFERED", 1L).containsEntry("QUEUED", (long) RACERS - 1);
    }

    @Test
    void manyAgentsRacingForOneContactShouldProduceExactlyOneOffer() {
        String queue = fixtures.queue("pt", 0);
        List<String> agents = IntStream.range(0, RACERS)
                .mapToObj(i -> fixtures.agent("agent" + i, "pt"))
                .toList();
        String contact = fixtures.enqueue(queue);

        StepVerifier.create(Flux.fromIterable(agents)
                        .flatMap(
                                // each agent makes themselves available, as they would from their own desk
                                agent -> http(TestTokens.bearer(agent, "AGENT"))
                                        .post()
                                        .uri("/api/queue/agents/{id}/state", agent)
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .bodyValue(Map.of("state", "AVAILABLE"))
                                        .retrieve()
                                        .toBodilessEntity(),
                                RACERS)
                        .count())
                .expectNext((long) RACERS)
                .expectComplete()
                .verify(Duration.ofSeconds(30));
        raceRouters();

        await().atMost(Duration.ofSeconds(10)).until(() -> offersOf(contact) == 1);
        assertThat(offersOf(contact)).isEqualTo(1);
        assertThat(reservedAmong(agents)).isEqualTo(1);
    }

    // routing passes started together, as several instances would: the advisory lock must keep them apart
    private void raceRouters() {
        StepVerifier.create(Flux.range(0, 4).flatMap(i -> router.route(), 4).then())
                .expectComplete()
                .verify(Duration.ofSeconds(30));
    }

    private WebClient http(String bearer) {
        return WebClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, bearer)
                .build();
    }

    private static long offersTo(String agent) {
        return TestSql.number(
                "select count(*) from queue.outbox where event_type = 'contact.offered'"
                        + " and payload::jsonb ->> 'agentId' = ?",
                agent);
    }

    private static long offersOf(String contact) {
        return TestSql.number(
                "select count(*) from queue.outbox where event_type = 'contact.offered'"
                        + " and payload::jsonb ->> 'contactId' = ?",
                contact);
    }

    private static long reservedAmong(List<String> agents) {
        return TestSql.number("select count(*) from queue.agents where state = 'RESERVED' and id = any(?)", (Object)
                agents.toArray(String[]::new));
    }

    private static Map<String, Long> statusCounts(String queue) {
        return TestSql.counts("select status, count(*) from queue.contacts where queue_id = ? group by status", queue);
    }
}
