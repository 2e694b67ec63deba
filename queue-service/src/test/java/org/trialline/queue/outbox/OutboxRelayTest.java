package org.trialline.queue.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.RedisEndpoint;
import org.trialline.testsupport.TcpProxy;
import org.trialline.testsupport.TestRedis;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox relay driven round by round: the background loop is off, so each test decides when a round runs, and the
 * service reaches Redis through a proxy a test can cut. Events come in through the API as in production.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "trialline.queue.outbox.enabled=false",
            "trialline.queue.routing.enabled=false",
            // a command to an unreachable Redis fails after this instead of Lettuce's default minute
            "spring.data.redis.timeout=2s"
        })
@AutoConfigureWebTestClient
@RealInfrastructure
@DirtiesContext
class OutboxRelayTest {

    private static final Duration ROUND = Duration.ofSeconds(20);
    private static final Pattern BACKLOG = Pattern.compile(
            "^trialline_outbox_backlog\\{[^}]*application=\"queue-service\"[^}]*} (\\S+)$", Pattern.MULTILINE);

    private static final TcpProxy redisLink = redisLink();
    private static EventStream stream;

    @Autowired
    OutboxRelay relay;

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    @Autowired
    ReactiveStringRedisTemplate redis;

    private final JsonMapper json = JsonMapper.builder().build();
    private QueueFixtures fixtures;
    private String mark;
    private Instant start;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", redisLink::port);
        registry.add("spring.r2dbc.url", OutboxDatabase::r2dbcUrl);
        registry.add("spring.flyway.url", OutboxDatabase::jdbcUrl);
    }

    @BeforeAll
    static void openStream() {
        stream = EventStream.open();
    }

    @AfterAll
    static void closeStreamAndLink() {
        stream.close();
        redisLink.close();
    }

    @BeforeEach
    void setUp() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(20)).build();
        fixtures = new QueueFixtures(client);
        // a test before may have cut Redis off; Lettuce reconnects on its own, in its own time
        awaitRedisThroughTheService();
        // whatever a test before left in the outbox goes out now, so that each test counts only its own events
        StepVerifier.create(relay.drain()).expectComplete().verify(ROUND);
        mark = stream.mark();
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @AfterEach
    void reconnect() {
        redisLink.restore();
    }

    @Test
    void relayShouldPublishEachEventOnceAndMarkIt() {
        String queue = queue("es");
        List<UUID> contacts = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> queued = new ArrayList<>();
        for (UUID contact : contacts) {
            queued.add(take(queued(queue, contact)));
        }
        UUID left = take(left(queue, contacts.get(0)));
        List<UUID> all = new ArrayList<>(queued);
        all.add(left);
        assertThat(unpublished(all)).isEqualTo(4);

        StepVerifier.create(relay.relay()).expectNext(4).expectComplete().verify(ROUND);

        Map<UUID, List<StreamMessage<String, String>>> published = entriesOf(all, stream.since(mark));
        assertThat(published)
                .hasSize(4)
                .allSatisfy((event, entries) -> assertThat(entries).hasSize(1));
        for (int i = 0; i < contacts.size(); i++) {
            StreamMessage<String, String> entry = published.get(queued.get(i)).get(0);
            assertThat(entry.getBody()).containsEntry("type", "contact.queued");
            assertThat(payload(entry))
                    .containsEntry("type", "contact.queued")
                    .containsEntry("eventId", queued.get(i).toString())
                    .containsEntry("contactId", contacts.get(i).toString())
                    .containsEntry("queueId", queue);
        }
        StreamMessage<String, String> leaving = published.get(left).get(0);
        assertThat(leaving.getBody()).containsEntry("type", "contact.left-queue");
        assertThat(payload(leaving))
                .containsEntry("contactId", contacts.get(0).toString())
                .containsEntry("reason", "ABANDONED");
        assertThat(positionOf(left)).isGreaterThan(positionOf(queued.get(0)));
        assertThat(unpublished(all)).isZero();
    }

    @Test
    void crashBetweenPublishingAndMarkingShouldDeliverAgainAndDeduplicateToOnce() {
        String queue = queue("fr");
        UUID event = take(queued(queue, UUID.randomUUID()));
        AtomicReference<List<OutboxRelay.Pending>> batch = new AtomicReference<>();
        StepVerifier.create(relay.pending()
                        .filter(pending -> pending.eventId().equals(event))
                        .collectList())
                .consumeNextWith(batch::set)
                .expectComplete()
                .verify(ROUND);
        assertThat(batch.get()).hasSize(1);

        // the crash: published, never marked
        StepVerifier.create(relay.publish(batch.get())).expectComplete().verify(ROUND);
        assertThat(unpublished(List.of(event))).isEqualTo(1);
        StepVerifier.create(relay.relay()).expectNext(1).expectComplete().verify(ROUND);

        List<StreamMessage<String, String>> raw =
                entriesOf(List.of(event), stream.since(mark)).get(event);
        assertThat(raw).hasSize(2);
        assertThat(raw.get(1).getBody()).isEqualTo(raw.get(0).getBody());
        DeduplicatingConsumer consumer = new DeduplicatingConsumer();
        stream.since(mark).forEach(consumer::accept);
        assertThat(entriesOf(List.of(event), consumer.accepted()).get(event))
                .extracting(StreamMessage::getId)
                .containsExactly(raw.get(0).getId());
        assertThat(unpublished(List.of(event))).isZero();
    }

    @Test
    void redisDownShouldLoseNothing() {
        String queue = queue("pt");
        redisLink.cut();
        List<UUID> contacts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID contact = UUID.randomUUID();
            take(queued(queue, contact));
            contacts.add(contact);
        }
        contacts.add(enqueue(queue));

        StepVerifier.create(relay.relay()).expectError().verify(ROUND);

        assertThat(unpublishedOfContacts(contacts)).isEqualTo(4);
        assertThat(contactsIn(stream.since(mark), contacts)).isEmpty();

        redisLink.restore();
        awaitRedisThroughTheService();
        StepVerifier.create(relay.relay()).expectNext(4).expectComplete().verify(ROUND);

        assertThat(contactsIn(stream.since(mark), contacts)).containsExactlyInAnyOrderElementsOf(contacts);
        assertThat(unpublishedOfContacts(contacts)).isZero();
    }

    @Test
    void backlogGaugeShouldBeExposedToPrometheus() {
        assertThat(backlogGauge())
                .isEqualTo(OutboxDatabase.number("select count(*) from queue.outbox where published_at is null"));
    }

    @Test
    void backlogGaugeShouldCountEventsWaitingWhileRedisIsDown() {
        String queue = queue("de");
        redisLink.cut();
        List<UUID> waiting = List.of(take(queued(queue, UUID.randomUUID())), take(queued(queue, UUID.randomUUID())));

        StepVerifier.create(relay.relay()).expectError().verify(ROUND);

        assertThat(unpublished(waiting)).isEqualTo(2);
        assertThat(backlogGauge()).isEqualTo(2);
    }

    // setting the queue up writes a queue.configured; relayed here, so that each test counts only its contact events
    private String queue(String language) {
        String queue = fixtures.queue(language, 0);
        StepVerifier.create(relay.drain()).expectComplete().verify(ROUND);
        return queue;
    }

    private static TcpProxy redisLink() {
        RedisEndpoint redis = TestRedis.endpoint();
        return TcpProxy.start(redis.host(), redis.port());
    }

    private void awaitRedisThroughTheService() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> StepVerifier.create(redis.execute(connection -> connection.ping()))
                        .expectNext("PONG")
                        .expectComplete()
                        .verify(Duration.ofSeconds(3)));
    }

    private Map<String, Object> queued(String queue, UUID contact) {
        Map<String, Object> event = event("contact.queued", queue, contact, start);
        event.put("patientReference", "P-" + contact);
        return event;
    }

    private Map<String, Object> left(String queue, UUID contact) {
        Map<String, Object> event = event("contact.left-queue", queue, contact, start.plusSeconds(5));
        event.put("reason", "ABANDONED");
        return event;
    }

    private static Map<String, Object> event(String type, String queue, UUID contact, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", at.toString());
        event.put("queueId", queue);
        event.put("contactId", contact.toString());
        event.put("version", 1);
        return event;
    }

    /** Posts the event and answers its id once the service accepted it. */
    private UUID take(Map<String, Object> event) {
        client.post()
                .uri("/api/queue/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(event)
                .exchange()
                .expectStatus()
                .isAccepted();
        return UUID.fromString((String) event.get("eventId"));
    }

    private UUID enqueue(String queue) {
        return UUID.fromString(fixtures.enqueue(queue));
    }

    private long positionOf(UUID event) {
        List<StreamMessage<String, String>> entries = stream.since(mark);
        for (int i = 0; i < entries.size(); i++) {
            if (event.toString().equals(entries.get(i).getBody().get("eventId"))) {
                return i;
            }
        }
        throw new AssertionError("event " + event + " is not in the stream");
    }

    private static Map<UUID, List<StreamMessage<String, String>>> entriesOf(
            Collection<UUID> events, Collection<StreamMessage<String, String>> entries) {
        Map<UUID, List<StreamMessage<String, String>>> byEvent = new LinkedHashMap<>();
        for (StreamMessage<String, String> entry : entries) {
            UUID event = UUID.fromString(entry.getBody().get("eventId"));
            if (events.contains(event)) {
                byEvent.computeIfAbsent(event, id -> new ArrayList<>()).add(entry);
            }
        }
        return byEvent;
    }

    private List<UUID> contactsIn(List<StreamMessage<String, String>> entries, List<UUID> contacts) {
        return entries.stream()
                .map(entry -> payload(entry).get("contactId"))
                .filter(contact -> contact != null && contacts.contains(UUID.fromString((String) contact)))
                .map(contact -> UUID.fromString((String) contact))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> payload(StreamMessage<String, String> entry) {
        return json.readValue(entry.getBody().get("payload"), Map.class);
    }

    private long backlogGauge() {
        String scrape = client.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        Matcher gauge = BACKLOG.matcher(scrape);
        assertThat(gauge.find()).as("trialline_outbox_backlog in the scrape").isTrue();
        return (long) Double.parseDouble(gauge.group(1));
    }

    private static long unpublished(List<UUID> events) {
        return OutboxDatabase.number(
                "select count(*) from queue.outbox where published_at is null and event_id = any(?::uuid[])",
                (Object) events.stream().map(UUID::toString).toArray(String[]::new));
    }

    private static long unpublishedOfContacts(List<UUID> contacts) {
        return OutboxDatabase.number(
                "select count(*) from queue.outbox where published_at is null"
                        + " and payload::jsonb ->> 'contactId' = any(?)",
                (Object) contacts.stream().map(UUID::toString).toArray(String[]::new));
    }

    /** A consumer as the architecture asks every one to be: the first entry of an eventId counts, repeats do not. */
    private static final class DeduplicatingConsumer {

        private final Map<String, StreamMessage<String, String>> firstByEventId = new LinkedHashMap<>();

        void accept(StreamMessage<String, String> entry) {
            firstByEventId.putIfAbsent(entry.getBody().get("eventId"), entry);
        }

        Collection<StreamMessage<String, String>> accepted() {
            return firstByEventId.values();
        }
    }
}
