package org.trialline.queue.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.StreamMessage;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.RealInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/**
 * Setting up a queue or an agent publishes what was set up, as {@code queue.configured} or {@code agent.configured},
 * through the outbox in the transaction of the set-up itself: read here from the stream as consumers read it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "trialline.queue.routing.enabled=false")
@AutoConfigureWebTestClient
@RealInfrastructure
@DirtiesContext
class SetUpEventsTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(10);
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

    private static EventStream stream;

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final String trial = "T" + UUID.randomUUID().toString().substring(0, 8);
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
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        mark = stream.mark();
    }

    @Test
    void queueSetUpShouldPublishItsSettings() {
        String queue = trial + ".pt-BR.chat";
        Map<String, Object> settings = Map.ofEntries(
                Map.entry("trial", trial),
                Map.entry("language", "pt-BR"),
                Map.entry("channel", "CHAT"),
                Map.entry("serviceLevelTarget", 0.9),
                Map.entry("serviceLevelSeconds", 45),
                Map.entry("serviceLevelVariant", "ASTERISK"),
                Map.entry("shortAbandonSeconds", 8),
                Map.entry("priority", 7),
                Map.entry("routedBy", "TELEPHONY"));

        Instant before = Instant.now();
        putQueue(queue, settings).expectStatus().isCreated();

        StreamMessage<String, String> entry = published("queueId", queue, 1).get(0);
        Map<String, Object> payload = payload(entry);
        assertThat(entry.getBody()).containsEntry("type", "queue.configured");
        assertThat(entry.getBody().get("eventId")).isEqualTo(payload.get("eventId"));
        assertThat(Instant.parse((String) payload.get("occurredAt"))).isBetween(before, Instant.now());
        payload.remove("eventId");
        payload.remove("occurredAt");
        assertThat(payload)
                .isEqualTo(Map.ofEntries(
                        Map.entry("type", "queue.configured"),
                        Map.entry("queueId", queue),
                        Map.entry("trial", trial),
                        Map.entry("language", "pt-BR"),
                        Map.entry("channel", "CHAT"),
                        Map.entry("serviceLevelTarget", 0.9),
                        Map.entry("serviceLevelSeconds", 45),
                        Map.entry("serviceLevelVariant", "ASTERISK"),
                        Map.entry("shortAbandonSeconds", 8),
                        Map.entry("priority", 7),
                        Map.entry("version", 1)));
    }

    @Test
    void queueChangedShouldPublishAgainWithTheDefaultsItLeftOutAndALaterTime() {
        String queue = trial + ".es.voice";
        putQueue(queue, Map.of("trial", trial, "language", "es", "channel", "VOICE"))
                .expectStatus()
                .isCreated();
        putQueue(queue, Map.of("trial", trial, "language", "es", "channel", "VOICE", "priority", 3))
                .expectStatus()
                .isOk();

        List<Map<String, Object>> payloads =
                published("queueId", queue, 2).stream().map(this::payload).toList();

        assertThat(payloads.get(0))
                .containsEntry("serviceLevelTarget", 0.8)
                .containsEntry("serviceLevelSeconds", 20)
                .containsEntry("serviceLevelVariant", "STANDARD")
                .containsEntry("shortAbandonSeconds", 5)
                .containsEntry("priority", 0);
        assertThat(payloads.get(1)).containsEntry("serviceLevelTarget", 0.8).containsEntry("priority", 3);
        assertThat(Instant.parse((String) payloads.get(1).get("occurredAt")))
                .isAfter(Instant.parse((String) payloads.get(0).get("occurredAt")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void agentSetUpShouldPublishWhatTheAgentMayHandle() {
        String agent = trial + "-ana";
        Map<String, Object> profile = Map.of(
                "name", "Ana",
                "languages",
                        List.of(Map.of("language", "es", "proficiency", 5), Map.of("language", "en", "proficiency", 3)),
                "trials", List.of(trial, "LUNG-1"),
                "channels", List.of("VOICE", "CHAT"));

        Instant before = Instant.now();
        putAgent(agent, profile).expectStatus().isCreated();

        StreamMessage<String, String> entry = published("agentId", agent, 1).get(0);
        Map<String, Object> payload = payload(entry);
        assertThat(entry.getBody()).containsEntry("type", "agent.configured");
        assertThat(payload)
                .containsEntry("type", "agent.configured")
                .containsEntry("agentId", agent)
                .containsEntry("name", "Ana")
                .containsEntry("languages", Map.of("es", 5, "en", 3))
                .containsEntry("version", 1)
                .containsKey("eventId");
        assertThat(payload.get("queueId")).isNull();
        assertThat((List<Object>) payload.get("trials")).containsExactlyInAnyOrder(trial, "LUNG-1");
        assertThat((List<Object>) payload.get("channels")).containsExactlyInAnyOrder("VOICE", "CHAT");
        assertThat(Instant.parse((String) payload.get("occurredAt"))).isBetween(before, Instant.now());
    }

    @Test
    void queueRefusedForAnInvalidFieldShouldWriteNoEvent() {
        String queue = trial + ".es.voice";

        putQueue(queue, Map.of("trial", trial, "language", "es", "channel", "VOICE", "serviceLevelTarget", 1.5))
                .expectStatus()
                .isBadRequest();

        assertThat(outboxRowsAbout("queueId", queue)).isZero();
        assertThat(OutboxDatabase.number("select count(*) from queue.queues where id = ?", queue))
                .isZero();
    }

    @Test
    void agentTheDatabaseRefusesShouldWriteNoEvent() {
        String agent = trial + "-nul";

        // passes validation and reaches the database, which cannot keep a NUL character
        Map<String, Object> problem = putAgent(
                        agent,
                        Map.of(
                                "name", "A\u0000",
                                "languages", List.of(Map.of("language", "es", "proficiency", 5)),
                                "trials", List.of(trial),
                                "channels", List.of("VOICE")))
                .expectStatus()
                .isBadRequest()
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();

        assertThat(problem).containsEntry("status", 400);
        assertThat(outboxRowsAbout("agentId", agent)).isZero();
        assertThat(OutboxDatabase.number("select count(*) from queue.agents where id = ?", agent))
                .isZero();
    }

    @Test
    void queueShouldNotBeStoredWhileItsEventCannotJoinTheOutbox() throws Exception {
        String queue = trial + ".fr.voice";
        String stored = "select count(*) from queue.queues where id = ?";

        int status = whileTheOutboxIsLocked(
                () -> putQueue(queue, Map.of("trial", trial, "language", "fr", "channel", "VOICE")),
                () -> assertThat(OutboxDatabase.number(stored, queue)).isZero());

        assertThat(status).isEqualTo(201);
        assertThat(OutboxDatabase.number(stored, queue)).isOne();
        assertThat(outboxRowsAbout("queueId", queue)).isOne();
    }

    @Test
    void agentShouldNotBeStoredWhileItsEventCannotJoinTheOutbox() throws Exception {
        String agent = trial + "-ben";
        String stored = "select (select count(*) from queue.agents where id = ?)"
                + " + (select count(*) from queue.agent_languages where agent_id = ?)";
        Map<String, Object> profile = Map.of(
                "name", "Ben",
                "languages", List.of(Map.of("language", "fr", "proficiency", 4)),
                "trials", List.of(trial),
                "channels", List.of("SMS"));

        int status = whileTheOutboxIsLocked(
                () -> putAgent(agent, profile),
                () -> assertThat(OutboxDatabase.number(stored, agent, agent)).isZero());

        assertThat(status).isEqualTo(201);
        assertThat(OutboxDatabase.number(stored, agent, agent)).isEqualTo(2);
        assertThat(outboxRowsAbout("agentId", agent)).isOne();
    }

    /**
     * Sends the request while a transaction of the test's own keeps writes out of the outbox, checks what others see
     * once the request waits for it, then lets the request finish. Answers the request's status.
     */
    private int whileTheOutboxIsLocked(Supplier<WebTestClient.ResponseSpec> request, Runnable whileWaiting)
            throws Exception {
        CompletableFuture<Integer> status;
        try (Connection holder = OutboxDatabase.connect()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                // reads go on; writes to the outbox wait until this transaction ends
                lock.execute("lock table queue.outbox in share mode");
            }
            status = CompletableFuture.supplyAsync(() -> request.get()
                    .expectBody(String.class)
                    .returnResult()
                    .getStatus()
                    .value());
            await().atMost(Duration.ofSeconds(20)).until(SetUpEventsTest::anInsertWaitsForTheOutbox);
            whileWaiting.run();
            holder.rollback();
        }
        return status.get(30, TimeUnit.SECONDS);
    }

    private WebTestClient.ResponseSpec putQueue(String id, Map<String, Object> settings) {
        return client.put()
                .uri("/api/queue/queues/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(settings)
                .exchange();
    }

    private WebTestClient.ResponseSpec putAgent(String id, Map<String, Object> profile) {
        return client.put()
                .uri("/api/queue/agents/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(profile)
                .exchange();
    }

    /** The stream entries since the mark whose payload has the field, once there are as many as expected. */
    private List<StreamMessage<String, String>> published(String field, String id, int expected) {
        await().atMost(PUBLISHED_WITHIN).until(() -> entriesAbout(field, id).size() >= expected);
        List<StreamMessage<String, String>> entries = entriesAbout(field, id);
        assertThat(entries).hasSize(expected);
        return entries;
    }

    private List<StreamMessage<String, String>> entriesAbout(String field, String id) {
        return stream.since(mark).stream()
                .filter(entry -> id.equals(payload(entry).get(field)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> payload(StreamMessage<String, String> entry) {
        return new LinkedHashMap<String, Object>(json.readValue(entry.getBody().get("payload"), Map.class));
    }

    private static long outboxRowsAbout(String field, String id) {
        return OutboxDatabase.number(
                "select count(*) from queue.outbox where payload::jsonb ->> '" + field + "' = ?", id);
    }

    private static boolean anInsertWaitsForTheOutbox() {
        return OutboxDatabase.number("select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock' and query like 'insert into outbox%'")
                > 0;
    }
}
