package org.trialline.queue.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.RealInfrastructure;

/**
 * The relay's background loop, left on as in production: what the API writes reaches the stream without anyone
 * asking, also after the context was paused and restarted, as the test framework does to a cached context whenever
 * another one is in use.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trialline.queue.routing.enabled=false")
@AutoConfigureWebTestClient
@RealInfrastructure
@DirtiesContext
class OutboxRelayLoopTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(10);

    private static EventStream stream;

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    @Autowired
    ConfigurableApplicationContext context;

    private QueueFixtures fixtures;
    private String mark;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.r2dbc.url", OutboxDatabase::r2dbcUrl);
        registry.add("spring.flyway.url", OutboxDatabase::jdbcUrl);
    }

    @BeforeAll
    static void openStream() {
        stream = EventStream.open();
    }

    @AfterAll
    static void closeStream() {
        stream.close();
    }

    @BeforeEach
    void setUp() {
        fixtures = new QueueFixtures(client);
        mark = stream.mark();
    }

    @Test
    void loopShouldPublishWhatTheApiWrote() {
        UUID event = take(fixtures.queue("es", 0));

        await().atMost(PUBLISHED_WITHIN).until(() -> published(event));
        assertThat(stream.since(mark))
                .filteredOn(entry -> event.toString().equals(entry.getBody().get("eventId")))
                .hasSize(1);
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void loopShouldPublishAgainAfterTheContextWasPausedAndRestarted() {
        String queue = fixtures.queue("fr", 0);

        context.pause();
        context.restart();
        UUID event = take(queue);

        await().atMost(PUBLISHED_WITHIN).until(() -> published(event));
    }

    private UUID take(String queue) {
        UUID event = UUID.randomUUID();
        client.post()
                .uri("/api/queue/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "type",
                        "contact.queued",
                        "eventId",
                        event,
                        "occurredAt",
                        Instant.now().toString(),
                        "queueId",
                        queue,
                        "contactId",
                        UUID.randomUUID(),
                        "version",
                        1))
                .exchange()
                .expectStatus()
                .isAccepted();
        return event;
    }

    private static boolean published(UUID event) {
        return OutboxDatabase.number(
                        "select count(*) from queue.outbox where published_at is not null and event_id = ?::uuid",
                        event.toString())
                == 1;
    }
}
