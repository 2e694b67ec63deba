package org.trialline.queue.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.trialline.queue.QueueFixtures;
import org.trialline.testsupport.RealInfrastructure;
import org.trialline.testsupport.TestSql;
import org.trialline.testsupport.TestTokens;

/**
 * An AGENT acts on contacts and on their state only as themselves: the token's subject must be the agent the request
 * names (the body's {@code agentId}, the agent who answered the contact, or the path's agent id). ADMIN, and
 * TELEPHONY on contacts, act for any agent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@RealInfrastructure
class AgentActsAsThemselvesTest {

    @Autowired
    WebTestClient anonymous;

    QueueFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QueueFixtures(QueueFixtures.signedIn(anonymous));
    }

    @Test
    void agentShouldAcceptHoldEndAndWrapUpTheirOwnContact() {
        String queue = fixtures.queue("es", 0);
        String agent = fixtures.agent("own", "es");
        String contact = offeredTo(agent, queue);
        String self = TestTokens.bearer(agent, "AGENT");

        action(contact, "accept", self, Map.of("agentId", agent)).expectStatus().isOk();
        action(contact, "hold", self, Map.of()).expectStatus().isOk();
        action(contact, "resume", self, Map.of()).expectStatus().isOk();
        action(contact, "end", self, Map.of()).expectStatus().isOk();
        action(contact, "wrap-up", self, Map.of("disposition", "PRE_SCREENED_ELIGIBLE"))
                .expectStatus()
                .isOk();

        assertThat(contactsWith(contact, "COMPLETED", agent)).isEqualTo(1);
    }

    @Test
    void agentAcceptingOrDecliningAnotherAgentsOfferShouldBeForbiddenAndStoreNothing() {
        String queue = fixtures.queue("fr", 0);
        String holder = fixtures.agent("holder", "fr");
        String intruder = fixtures.agent("intruder", "fr");
        String contact = offeredTo(holder, queue);
        long eventsBefore = outboxRowsNaming(contact);
        String asIntruder = TestTokens.bearer(intruder, "AGENT");

        forbidden(action(contact, "accept", asIntruder, Map.of("agentId", holder)));
        forbidden(action(contact, "decline", asIntruder, Map.of("agentId", holder)));

        assertThat(contactsOffered(contact, holder)).isEqualTo(1);
        assertThat(outboxRowsNaming(contact)).isEqualTo(eventsBefore);
    }

    @Test
    void agentActingOnAContactAnotherAgentAnsweredShouldBeForbiddenAndStoreNothing() {
        String queue = fixtures.queue("de", 0);
        String holder = fixtures.agent("holder", "de");
        String intruder = fixtures.agent("intruder", "de");
        String contact = offeredTo(holder, queue);
        action(contact, "accept", TestTokens.bearer(holder, "AGENT"), Map.of("agentId", holder))
                .expectStatus()
                .isOk();
        long eventsBefore = outboxRowsNaming(contact);
        String asIntruder = TestTokens.bearer(intruder, "AGENT");

        forbidden(action(contact, "hold", asIntruder, Map.of()));
        forbidden(action(contact, "end", asIntruder, Map.of()));
        forbidden(action(contact, "wrap-up", asIntruder, Map.of("disposition", "PRE_SCREENED_ELIGIBLE")));

        assertThat(contactsWith(contact, "ANSWERED", holder)).isEqualTo(1);
        assertThat(outboxRowsNaming(contact)).isEqualTo(eventsBefore);
    }

    @Test
    void adminShouldActOnAContactForAnAgent() {
        String queue = fixtures.queue("it", 0);
        String agent = fixtures.agent("helped", "it");
        String contact = offeredTo(agent, queue);
        String admin = TestTokens.bearer("admin-1", "ADMIN");

        action(contact, "accept", admin, Map.of("agentId", agent))
                .expectStatus()
                .isOk();
        action(contact, "hold", admin, Map.of()).expectStatus().isOk();

        assertThat(contactsWith(contact, "ON_HOLD", agent)).isEqualTo(1);
    }

    @Test
    void agentShouldChangeTheirOwnState() {
        String agent = fixtures.agent("own-state", "en");

        changeState(agent, TestTokens.bearer(agent, "AGENT")).expectStatus().isOk();

        assertThat(agentsIn(agent, "AVAILABLE")).isEqualTo(1);
    }

    @Test
    void agentChangingAnotherAgentsStateShouldBeForbiddenAndStoreNothing() {
        String other = fixtures.agent("other-state", "en");
        String self = fixtures.agent("self-state", "en");
        long eventsBefore = outboxRowsNaming(other);

        forbidden(changeState(other, TestTokens.bearer(self, "AGENT")));

        assertThat(agentsIn(other, "OFFLINE")).isEqualTo(1);
        assertThat(outboxRowsNaming(other)).isEqualTo(eventsBefore);
    }

    @Test
    void adminShouldChangeAnAgentsState() {
        String agent = fixtures.agent("admin-state", "en");

        changeState(agent, TestTokens.bearer("admin-1", "ADMIN")).expectStatus().isOk();

        assertThat(agentsIn(agent, "AVAILABLE")).isEqualTo(1);
    }

    private String offeredTo(String agent, String queue) {
        fixtures.state(agent, "AVAILABLE").expectStatus().isOk();
        String contact = fixtures.enqueue(queue);
        await().atMost(Duration.ofSeconds(10)).until(() -> contactsOffered(contact, agent) == 1);
        return contact;
    }

    private static void forbidden(WebTestClient.ResponseSpec response) {
        response.expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403);
    }

    private WebTestClient.ResponseSpec action(String contact, String action, String bearer, Map<String, ?> body) {
        return anonymous
                .post()
                .uri("/api/queue/contacts/{id}/{action}", contact, action)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec changeState(String agent, String bearer) {
        return anonymous
                .post()
                .uri("/api/queue/agents/{id}/state", agent)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("state", "AVAILABLE"))
                .exchange();
    }

    private static long contactsOffered(String contact, String agent) {
        return TestSql.number(
                "select count(*) from queue.contacts where id = ?::uuid and status = 'OFFERED' and offered_to = ?",
                contact,
                agent);
    }

    private static long contactsWith(String contact, String status, String answeredBy) {
        return TestSql.number(
                "select count(*) from queue.contacts where id = ?::uuid and status = ? and answered_by = ?",
                contact,
                status,
                answeredBy);
    }

    private static long agentsIn(String agent, String state) {
        return TestSql.number("select count(*) from queue.agents where id = ? and state = ?", agent, state);
    }

    // ids are unique to each test, so any outbox row naming one was written for it
    private static long outboxRowsNaming(String id) {
        return TestSql.number("select count(*) from queue.outbox where payload like ?", "%\"" + id + "\"%");
    }
}
