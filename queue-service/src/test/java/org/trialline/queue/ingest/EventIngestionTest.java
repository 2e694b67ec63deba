package org.trialline.queue.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestSql;

/**
 * What the phone system and the IVR meet at {@code /api/queue/events}: every event taken once, every refusal a problem
 * detail that leaves the stored state as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class EventIngestionTest {

    // EventController's limit
    private static final int LARGEST_BATCH = 1000;

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<Map<String, Object>>> RESULTS =
            new ParameterizedTypeReference<>() {};

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    QueueFixtures fixtures;
    String queue;
    Instant start;

    @BeforeEach
    void setUp() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        fixtures = new QueueFixtures(client);
        queue = telephonyQueue();
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void repeatedEventShouldAnswerDuplicateAndBeStoredOnce() {
        UUID event = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        Map<String, Object> queued = queued(event, contact);

        post(queued).expectStatus().isAccepted().expectBody(OBJECT).isEqualTo(taken(event, "APPLIED"));
        post(queued).expectStatus().isOk().expectBody(OBJECT).isEqualTo(taken(event, "DUPLICATE"));

        assertThat(footprint(contact, event))
                .containsEntry("contact QUEUED", 1L)
                .containsEntry("received", 1L)
                .containsEntry("outbox", 1L)
                .containsEntry("outbox of contact", 1L);
    }

    @Test
    void redeliveryWithOtherContentShouldChangeNothing() {
        UUID event = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        post(queued(event, contact)).expectStatus().isAccepted();
        Map<String, Long> before = footprint(contact, event);

        Map<String, Object> sameIdOtherContact = queued(event, UUID.randomUUID());
        post(sameIdOtherContact).expectStatus().isOk().expectBody(OBJECT).isEqualTo(taken(event, "DUPLICATE"));

        assertThat(footprint(contact, event)).isEqualTo(before);
        assertThat(contactsOf(sameIdOtherContact)).isZero();
    }

    @Test
    void answeredBeforeQueuedShouldBeRefusedAndApplyOnceTheContactIsQueued() {
        String agent = fixtures.agent("ana", "es");
        UUID contact = UUID.randomUUID();
        UUID queuedEvent = UUID.randomUUID();
        UUID answeredEvent = UUID.randomUUID();
        Map<String, Object> answered = answered(answeredEvent, contact, agent, start.plusSeconds(12));

        Map<String, Object> early = problem(post(answered), 404);

        assertThat(early.get("detail")).isEqualTo("no contact " + contact);
        assertThat(footprint(contact, answeredEvent))
                .containsEntry("received", 0L)
                .containsEntry("outbox", 0L)
                .containsEntry("outbox of contact", 0L)
                .doesNotContainKeys("contact QUEUED", "contact ANSWERED");
        assertThat(agentState(agent)).containsOnlyKeys("OFFLINE");

        post(queued(queuedEvent, contact)).expectStatus().isAccepted();
        post(answered).expectStatus().isAccepted().expectBody(OBJECT).isEqualTo(taken(answeredEvent, "APPLIED"));

        assertThat(footprint(contact, queuedEvent, answeredEvent))
                .containsEntry("contact ANSWERED", 1L)
                .containsEntry("received", 2L)
                .containsEntry("outbox", 2L);
        assertThat(agentState(agent)).containsOnlyKeys("ON_CONTACT");
    }

    @Test
    void eventForAnUnknownQueueShouldAnswerNotFoundAndStoreNothing() {
        UUID event = UUID.randomUUID();
        UUID contact = UUID.randomUUID();
        Map<String, Object> queued = queued(event, contact);
        queued.put("queueId", "no-such-queue-" + event);

        Map<String, Object> problem = problem(post(queued), 404);

        assertThat(problem.get("detail")).isEqualTo("no queue no-such-queue-" + event);
        assertThat(footprint(contact, event)).isEqualTo(nothingStored());
    }

    @Test
    void answeredByAnUnknownAgentShouldAnswerNotFoundAndChangeNothing() {
        UUID contact = UUID.randomUUID();
        UUID queuedEvent = UUID.randomUUID();
        post(queued(queuedEvent, contact)).expectStatus().isAccepted();
        UUID answeredEvent = UUID.randomUUID();
        Map<String, Long> before = footprint(contact, answeredEvent);

        String nobody = "nobody-" + fixtures.trial();
        Map<String, Object> problem =
                problem(post(answered(answeredEvent, contact, nobody, start.plusSeconds(3))), 404);

        assertThat(problem.get("detail")).isEqualTo("no agent " + nobody);
        assertThat(footprint(contact, answeredEvent))
                .isEqualTo(before)
                .containsEntry("contact QUEUED", 1L)
                .containsEntry("received", 0L);
    }

    @Test
    void endingAContactNeverAnsweredShouldAnswerConflictAndChangeNothing() {
        String agent = fixtures.agent("ben", "es");
        UUID contact = UUID.randomUUID();
        post(queued(UUID.randomUUID(), contact)).expectStatus().isAccepted();
        UUID endedEvent = UUID.randomUUID();
        Map<String, Long> before = footprint(contact, endedEvent);

        Map<String, Object> problem = problem(post(ended(endedEvent, contact, agent)), 409);

        assertThat((String) problem.get("detail")).contains(contact.toString(), "QUEUED", "contact.ended");
        assertThat(footprint(contact, endedEvent)).isEqualTo(before).containsEntry("contact QUEUED", 1L);
        assertThat(agentState(agent)).containsOnlyKeys("OFFLINE");
    }

    @Test
    void holdEndingBeforeItStartedShouldBeRefusedAndChangeNothing() {
        String agent = fixtures.agent("dov", "es");
        UUID contact = UUID.randomUUID();
        post(queued(UUID.randomUUID(), contact)).expectStatus().isAccepted();
        post(answered(UUID.randomUUID(), contact, agent, start.plusSeconds(1)))
                .expectStatus()
                .isAccepted();
        post(onHold("contact.hold-started", UUID.randomUUID(), contact, agent, start.plusSeconds(100)))
                .expectStatus()
                .isAccepted();
        UUID resumed = UUID.randomUUID();
        Map<String, Long> before = footprint(contact, resumed);

        problem(post(onHold("contact.hold-ended", resumed, contact, agent, start.plusSeconds(5))), 409);

        assertThat(footprint(contact, resumed)).isEqualTo(before).containsEntry("contact ON_HOLD", 1L);
        assertThat(TestSql.number(
                        "select count(*) from queue.contacts where id = ?::uuid and hold_seconds < 0",
                        contact.toString()))
                .isZero();
    }

    @Test
    void malformedJsonShouldAnswerBadRequest() {
        Map<String, Object> problem = problem(postRaw("{\"type\": \"contact.queued\", \"eventId\": "), 400);

        assertThat((String) problem.get("detail")).containsIgnoringCase("end-of-input");
    }

    @Test
    void missingEventIdShouldNameTheField() {
        UUID contact = UUID.randomUUID();
        Map<String, Object> queued = queued(UUID.randomUUID(), contact);
        queued.remove("eventId");

        Map<String, Object> problem = problem(post(queued), 400);

        assertThat((String) problem.get("detail")).contains("eventId");
        assertThat(footprint(contact)).isEqualTo(nothingStored());
    }

    @Test
    void unknownTypeShouldNameTheType() {
        UUID contact = UUID.randomUUID();
        Map<String, Object> teleported = queued(UUID.randomUUID(), contact);
        teleported.put("type", "contact.teleported");

        Map<String, Object> problem = problem(post(teleported), 400);

        assertThat((String) problem.get("detail")).contains("contact.teleported");
        assertThat(footprint(contact)).isEqualTo(nothingStored());
    }

    @Test
    void surveyScoreOutOfRangeShouldNameTheScore() {
        UUID contact = UUID.randomUUID();
        post(queued(UUID.randomUUID(), contact)).expectStatus().isAccepted();
        UUID surveyEvent = UUID.randomUUID();
        Map<String, Long> before = footprint(contact, surveyEvent);
        Map<String, Object> survey = event("contact.survey-answered", surveyEvent, start.plusSeconds(60));
        survey.put("contactId", contact);
        survey.put("score", 9);

        Map<String, Object> problem = problem(post(survey), 400);

        assertThat((String) problem.get("detail")).contains("score", "9");
        assertThat(footprint(contact, surveyEvent)).isEqualTo(before);
    }

    @Test
    void plainTextShouldAnswerUnsupportedMediaType() {
        UUID contact = UUID.randomUUID();
        UUID event = UUID.randomUUID();

        WebTestClient.ResponseSpec response = client.post()
                .uri("/api/queue/events")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("{\"type\": \"contact.queued\", \"eventId\": \"" + event + "\", \"occurredAt\": \"" + start
                        + "\", \"queueId\": \"" + queue + "\", \"contactId\": \"" + contact + "\", \"version\": 1}")
                .exchange();
        Map<String, Object> problem = problem(response, 415);

        assertThat((String) problem.get("detail")).contains("text/plain");
        assertThat(footprint(contact, event)).isEqualTo(nothingStored());
    }

    @Test
    void hugeBodyShouldBeRefusedAsTheClientsFault() {
        UUID contact = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        Map<String, Object> queued = queued(event, contact);
        queued.put("patientReference", "x".repeat(5 * 1024 * 1024));

        WebTestClient.ResponseSpec response = post(queued);

        response.expectStatus().is4xxClientError().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(footprint(contact, event)).isEqualTo(nothingStored());
    }

    @Test
    void textThePostgresCannotStoreShouldBeRefusedAsBadRequest() {
        UUID contact = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        Map<String, Object> queued = queued(event, contact);
        // a NUL character is valid JSON (\u0000) but no PostgreSQL text column can hold it
        queued.put("patientReference", "P-\u0000-1");

        Map<String, Object> problem = problem(post(queued), 400);

        assertThat((String) problem.get("detail")).contains("patientReference");
        assertThat(footprint(contact, event)).isEqualTo(nothingStored());
    }

    @Test
    void instantBeyondWhatPostgresStoresShouldBeRefusedAsBadRequest() {
        UUID contact = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        Map<String, Object> queued = queued(event, contact);
        // a valid ISO-8601 instant, past PostgreSQL's last timestamp (294276 AD)
        queued.put("occurredAt", "+300000-01-01T00:00:00Z");

        Map<String, Object> problem = problem(post(queued), 400);

        assertThat((String) problem.get("detail")).contains("occurredAt");
        assertThat(footprint(contact, event)).isEqualTo(nothingStored());
    }

    @Test
    void batchShouldApplyTheOthersWhenOneInTheMiddleIsRefused() {
        String agent = fixtures.agent("cai", "es");
        UUID first = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        UUID firstContact = UUID.randomUUID();
        UUID unknownContact = UUID.randomUUID();
        UUID lastContact = UUID.randomUUID();

        List<Map<String, Object>> results = batch(List.of(
                        queued(first, firstContact),
                        answered(refused, unknownContact, agent, start.plusSeconds(5)),
                        queued(last, lastContact)))
                .expectStatus()
                .isOk()
                .expectBody(RESULTS)
                .returnResult()
                .getResponseBody();

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).containsEntry("eventId", first.toString()).containsEntry("outcome", "APPLIED");
        assertThat(results.get(2)).containsEntry("eventId", last.toString()).containsEntry("outcome", "APPLIED");
        assertThat(results.get(1)).containsEntry("eventId", refused.toString());
        assertThat(results.get(1).get("outcome")).isNull();
        assertThat(problemOf(results.get(1)))
                .containsEntry("status", 404)
                .containsEntry("detail", "no contact " + unknownContact);
        assertThat(footprint(firstContact, first)).containsEntry("contact QUEUED", 1L);
        assertThat(footprint(lastContact, last)).containsEntry("contact QUEUED", 1L);
        assertThat(footprint(unknownContact, refused)).isEqualTo(nothingStored());
        assertThat(agentState(agent)).containsOnlyKeys("OFFLINE");
    }

    @Test
    void batchWithAnEventNoOneCouldStoreShouldBeRefusedWholeAndStoreNothing() {
        UUID first = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID firstContact = UUID.randomUUID();
        UUID rejectedContact = UUID.randomUUID();
        Map<String, Object> unstorable = queued(rejected, rejectedContact);
        unstorable.put("patientReference", "P-\u0000-2");

        // the text is refused while the request is read, before any event of the batch is applied
        Map<String, Object> problem = problem(batch(List.of(queued(first, firstContact), unstorable)), 400);

        assertThat((String) problem.get("detail")).contains("patientReference");
        assertThat(footprint(firstContact, first)).isEqualTo(nothingStored());
        assertThat(footprint(rejectedContact, rejected)).isEqualTo(nothingStored());
    }

    @Test
    void queueConfiguredShouldBeRefusedWithTheWayToSetUpAQueue() {
        UUID event = UUID.randomUUID();
        long described = outboxRowsAbout("queueId", queue);

        Map<String, Object> problem = problem(post(queueConfigured(event)), 400);

        assertThat((String) problem.get("detail")).contains("queue.configured", "PUT /api/queue/queues/{id}");
        assertThat(rowsOf(event)).isEqualTo(Map.of("received", 0L, "outbox", 0L));
        assertThat(outboxRowsAbout("queueId", queue)).isEqualTo(described);
        assertThat(TestSql.number("select priority from queue.queues where id = ?", queue))
                .isZero();
    }

    @Test
    void agentConfiguredShouldBeRefusedWithTheWayToSetUpAnAgent() {
        String agent = fixtures.agent("eli", "es");
        UUID event = UUID.randomUUID();
        Map<String, Object> configured = event("agent.configured", event, start);
        configured.put("queueId", null);
        configured.put("agentId", agent);
        configured.put("name", "Someone Else");
        configured.put("languages", Map.of("fr", 2));
        configured.put("trials", List.of(fixtures.trial()));
        configured.put("channels", List.of("CHAT"));
        long described = outboxRowsAbout("agentId", agent);

        Map<String, Object> problem = problem(post(configured), 400);

        assertThat((String) problem.get("detail")).contains("agent.configured", "PUT /api/queue/agents/{id}");
        assertThat(rowsOf(event)).isEqualTo(Map.of("received", 0L, "outbox", 0L));
        assertThat(outboxRowsAbout("agentId", agent)).isEqualTo(described);
        assertThat(TestSql.counts(
                        "select name || ' ' || channels[1], count(*) from queue.agents where id = ?"
                                + " group by name, channels",
                        agent))
                .containsOnlyKeys("eli VOICE");
    }

    @Test
    void batchShouldRefuseAQueueConfiguredAndApplyTheOthers() {
        UUID first = UUID.randomUUID();
        UUID refused = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        UUID firstContact = UUID.randomUUID();
        UUID lastContact = UUID.randomUUID();

        List<Map<String, Object>> results = batch(
                        List.of(queued(first, firstContact), queueConfigured(refused), queued(last, lastContact)))
                .expectStatus()
                .isOk()
                .expectBody(RESULTS)
                .returnResult()
                .getResponseBody();

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).containsEntry("outcome", "APPLIED");
        assertThat(results.get(2)).containsEntry("outcome", "APPLIED");
        assertThat(results.get(1)).containsEntry("eventId", refused.toString());
        assertThat(results.get(1).get("outcome")).isNull();
        Map<String, Object> problem = problemOf(results.get(1));
        assertThat(problem).containsEntry("status", 400);
        assertThat((String) problem.get("detail")).contains("queue.configured", "PUT /api/queue/queues/{id}");
        assertThat(rowsOf(refused)).isEqualTo(Map.of("received", 0L, "outbox", 0L));
        assertThat(footprint(firstContact, first)).containsEntry("contact QUEUED", 1L);
        assertThat(footprint(lastContact, last)).containsEntry("contact QUEUED", 1L);
    }

    @Test
    void emptyBatchShouldAnswerBadRequest() {
        Map<String, Object> problem = problem(batch(List.of()), 400);

        assertThat((String) problem.get("detail")).contains("events");
    }

    @Test
    void batchOfTheLargestAllowedSizeShouldBeTaken() {
        List<UUID> contacts = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < LARGEST_BATCH; i++) {
            UUID contact = UUID.randomUUID();
            contacts.add(contact);
            events.add(queued(UUID.randomUUID(), contact));
        }

        // each event is its own transaction, taken one after another: this takes a while
        WebTestClient patient =
                client.mutate().responseTimeout(Duration.ofSeconds(120)).build();
        List<Map<String, Object>> results = patient.post()
                .uri("/api/queue/events/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(events)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(RESULTS)
                .returnResult()
                .getResponseBody();

        assertThat(results)
                .hasSize(LARGEST_BATCH)
                .allSatisfy(result -> assertThat(result).containsEntry("outcome", "APPLIED"));
        assertThat(TestSql.number("select count(*) from queue.contacts where id = any(?::uuid[])", (Object)
                        contacts.stream().map(UUID::toString).toArray(String[]::new)))
                .isEqualTo(LARGEST_BATCH);
    }

    // the phone system routes these queues, so the router never offers their contacts while a test runs
    private String telephonyQueue() {
        String id = fixtures.trial() + ".es.voice";
        client.put()
                .uri("/api/queue/queues/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "trial", fixtures.trial(), "language", "es", "channel", "VOICE", "routedBy", "TELEPHONY"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        return id;
    }

    private Map<String, Object> event(String type, UUID eventId, Instant occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventId", eventId);
        event.put("occurredAt", occurredAt.toString());
        event.put("queueId", queue);
        event.put("version", 1);
        return event;
    }

    private Map<String, Object> queued(UUID eventId, UUID contact) {
        Map<String, Object> event = event("contact.queued", eventId, start);
        event.put("contactId", contact);
        event.put("patientReference", "P-" + contact);
        return event;
    }

    private Map<String, Object> answered(UUID eventId, UUID contact, String agent, Instant at) {
        Map<String, Object> event = event("contact.answered", eventId, at);
        event.put("contactId", contact);
        event.put("agentId", agent);
        return event;
    }

    private Map<String, Object> onHold(String type, UUID eventId, UUID contact, String agent, Instant at) {
        Map<String, Object> event = event(type, eventId, at);
        event.put("contactId", contact);
        event.put("agentId", agent);
        return event;
    }

    private Map<String, Object> ended(UUID eventId, UUID contact, String agent) {
        Map<String, Object> event = event("contact.ended", eventId, start.plusSeconds(30));
        event.put("contactId", contact);
        event.put("agentId", agent);
        event.put("endedBy", "PATIENT");
        return event;
    }

    // the queue set up in setUp, described with other settings than it has
    private Map<String, Object> queueConfigured(UUID eventId) {
        Map<String, Object> event = event("queue.configured", eventId, start);
        event.put("trial", fixtures.trial());
        event.put("language", "es");
        event.put("channel", "VOICE");
        event.put("serviceLevelTarget", 0.9);
        event.put("serviceLevelSeconds", 30);
        event.put("serviceLevelVariant", "CONNECT");
        event.put("shortAbandonSeconds", 3);
        event.put("priority", 42);
        return event;
    }

    private static Map<String, Object> taken(UUID eventId, String outcome) {
        return Map.of("eventId", eventId.toString(), "outcome", outcome);
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> event) {
        return client.post()
                .uri("/api/queue/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(event)
                .exchange();
    }

    private WebTestClient.ResponseSpec postRaw(String json) {
        return client.post()
                .uri("/api/queue/events")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private WebTestClient.ResponseSpec batch(List<Map<String, Object>> events) {
        return client.post()
                .uri("/api/queue/events/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(events)
                .exchange();
    }

    private static Map<String, Object> problem(WebTestClient.ResponseSpec response, int status) {
        Map<String, Object> problem = response.expectStatus()
                .isEqualTo(status)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(OBJECT)
                .returnResult()
                .getResponseBody();
        assertThat(problem).containsEntry("status", status).containsKey("detail");
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problemOf(Map<String, Object> result) {
        assertThat(result.get("problem")).isInstanceOf(Map.class);
        return (Map<String, Object>) result.get("problem");
    }

    private static long contactsOf(Map<String, Object> event) {
        return TestSql.number(
                "select count(*) from queue.contacts where id = ?::uuid",
                event.get("contactId").toString());
    }

    private static Map<String, Long> nothingStored() {
        return Map.of("received", 0L, "outbox", 0L, "outbox of contact", 0L);
    }

    /** The rows one event left: its id among those taken in, and in the outbox. */
    private static Map<String, Long> rowsOf(UUID event) {
        return TestSql.counts(
                "select 'received', count(*) from queue.received_events where event_id = ?::uuid"
                        + " union all select 'outbox', count(*) from queue.outbox where event_id = ?::uuid",
                event.toString(),
                event.toString());
    }

    private static long outboxRowsAbout(String field, String id) {
        return TestSql.number("select count(*) from queue.outbox where payload::jsonb ->> '" + field + "' = ?", id);
    }

    /** What is stored about one contact and some events: the contact's status, and rows of those events. */
    private static Map<String, Long> footprint(UUID contact, UUID... events) {
        String[] ids = Arrays.stream(events).map(UUID::toString).toArray(String[]::new);
        return TestSql.counts(
                "select 'contact ' || status, count(*) from queue.contacts where id = ?::uuid group by status"
                        + " union all select 'received', count(*) from queue.received_events"
                        + " where event_id = any(?::uuid[])"
                        + " union all select 'outbox', count(*) from queue.outbox where event_id = any(?::uuid[])"
                        + " union all select 'outbox of contact', count(*) from queue.outbox"
                        + " where payload::jsonb ->> 'contactId' = ?",
                contact.toString(),
                ids,
                ids,
                contact.toString());
    }

    private static Map<String, Long> agentState(String agent) {
        return TestSql.counts("select state, count(*) from queue.agents where id = ? group by state", agent);
    }
}
