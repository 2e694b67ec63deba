package org.trialline.queue.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestSql;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class ContactLifecycleTest {

    WebTestClient client;

    @Autowired
    void signIn(WebTestClient anonymous) {
        client = QueueFixtures.signedIn(anonymous);
    }

    QueueFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QueueFixtures(client);
    }

    @Test
    void queuedContactShouldBeOfferedToAnAvailableAgentAndLiveThroughWrapUp() {
        String queue = fixtures.queue("es", 0);
        String agent = fixtures.agent("ana", "es");
        fixtures.state(agent, "AVAILABLE").expectStatus().isOk();

        String contact = fixtures.enqueue(queue);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(contact(contact).get("status")).isEqualTo("OFFERED"));
        assertThat(contact(contact).get("offeredTo")).isEqualTo(agent);
        assertThat(agentState(agent)).isEqualTo("RESERVED");

        post(contact, "accept", Map.of("agentId", agent)).expectStatus().isOk();
        assertThat(agentState(agent)).isEqualTo("ON_CONTACT");
        post(contact, "hold", Map.of()).expectStatus().isOk();
        post(contact, "resume", Map.of()).expectStatus().isOk();
        post(contact, "end", Map.of("endedBy", "PATIENT")).expectStatus().isOk();
        assertThat(agentState(agent)).isEqualTo("AFTER_CONTACT_WORK");
        post(contact, "wrap-up", Map.of("disposition", "PRE_SCREENED_ELIGIBLE"))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("COMPLETED")
                .jsonPath("$.disposition")
                .isEqualTo("PRE_SCREENED_ELIGIBLE");
        assertThat(agentState(agent)).isEqualTo("AVAILABLE");
        post(contact, "survey", Map.of("score", 4)).expectStatus().isOk();
        assertThat(contact(contact).get("surveyScore")).isEqualTo(4);
    }

    @Test
    void endingAContactNeverAnsweredShouldAnswerConflictAndChangeNothing() {
        String queue = fixtures.queue("fr", 0);
        String contact = fixtures.enqueue(queue);

        post(contact, "end", Map.of())
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(contact(contact).get("status")).isEqualTo("QUEUED");
    }

    @Test
    void contactForAnUnknownQueueShouldAnswerNotFound() {
        client.post()
                .uri("/api/queue/contacts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("queueId", "no-such-queue"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("no queue no-such-queue");
    }

    @Test
    void surveyScoreOutOfRangeShouldNameTheField() {
        String contact = fixtures.enqueue(fixtures.queue("de", 0));

        post(contact, "survey", Map.of("score", 9))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("score");
    }

    @Test
    void stateChangeOfAnUnknownAgentShouldAnswerNotFound() {
        fixtures.state("nobody-" + fixtures.trial(), "AVAILABLE").expectStatus().isNotFound();
    }

    @Test
    void missedOfferShouldReturnTheContactToTheQueueAndTakeTheAgentOutOfRotation() {
        String queue = fixtures.queue("it", 0);
        String agent = fixtures.agent("ben", "it");
        fixtures.state(agent, "AVAILABLE").expectStatus().isOk();
        String contact = fixtures.enqueue(queue);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "OFFERED".equals(contact(contact).get("status")));

        post(contact, "decline", Map.of("agentId", agent)).expectStatus().isOk();

        assertThat(contact(contact)).containsEntry("status", "QUEUED").containsEntry("missedOffers", 1);
        Map<String, Object> after = agent(agent);
        assertThat(after.get("state")).isEqualTo("BREAK");
        assertThat(after.get("stateReason")).isEqualTo("missed offer");
        assertThat(after.get("missedOffers")).isEqualTo(1);
    }

    @Test
    void acceptByAnAgentWithoutTheOfferShouldAnswerConflict() {
        String queue = fixtures.queue("da", 0);
        String holder = fixtures.agent("karen", "da");
        String other = fixtures.agent("mads", "da");
        fixtures.state(holder, "AVAILABLE").expectStatus().isOk();
        String contact = fixtures.enqueue(queue);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "OFFERED".equals(contact(contact).get("status")));

        post(contact, "accept", Map.of("agentId", other)).expectStatus().isEqualTo(409);

        assertThat(contact(contact)).containsEntry("status", "OFFERED").containsEntry("offeredTo", holder);
    }

    @Test
    void snapshotShouldShowWhoWaitsAndTheAgentsWhoServeTheQueue() {
        String queue = fixtures.queue("nl", 0);
        String agent = fixtures.agent("eva", "nl");
        fixtures.enqueue(queue);
        fixtures.enqueue(queue);

        client.get()
                .uri("/api/queue/queues/{id}/snapshot", queue)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.contactsWaiting")
                .isEqualTo(2)
                .jsonPath("$.oldestWaitSeconds")
                .value(seconds -> assertThat(((Number) seconds).longValue()).isBetween(0L, 60L))
                .jsonPath("$.agentsByState.OFFLINE")
                .isEqualTo(1)
                .jsonPath("$.agentsByState.AVAILABLE")
                .isEqualTo(0)
                .jsonPath("$.agents[0].id")
                .isEqualTo(agent);
    }

    // as after a restart: rows written straight to PostgreSQL, no change signal, and still routed
    @Test
    void waitingContactAndAvailableAgentFoundOnlyInTheDatabaseShouldBeMatched() {
        String queue = fixtures.queue("sv", 0);
        String agent = fixtures.agent("olle", "sv");
        TestSql.update(
                "update queue.agents set state = 'AVAILABLE', state_since = now(), available_since = now()"
                        + " where id = ?",
                agent);
        UUID contact = UUID.randomUUID();
        TestSql.update(
                "insert into queue.contacts (id, queue_id, status, enqueued_at) values (?, ?, 'QUEUED', now())",
                contact,
                queue);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(contact(contact.toString()).get("offeredTo")).isEqualTo(agent));
    }

    private WebTestClient.ResponseSpec post(String contact, String action, Map<String, ?> body) {
        return client.post()
                .uri("/api/queue/contacts/{id}/{action}", contact, action)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> contact(String id) {
        return client.get()
                .uri("/api/queue/contacts/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> agent(String id) {
        return client.get()
                .uri("/api/queue/agents/{id}", id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private Object agentState(String id) {
        return agent(id).get("state");
    }
}
