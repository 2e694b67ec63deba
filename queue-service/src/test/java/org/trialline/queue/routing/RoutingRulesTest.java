package org.trialline.queue.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trialline.events.AgentState;
import org.trialline.queue.agents.Agent;

class RoutingRulesTest {

    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void contactShouldGoToTheLongestIdleAgentWhoServesIt() {
        Agent idleLong = agent("ana", T0.minusSeconds(300), "es");
        Agent idleShort = agent("ben", T0.minusSeconds(10), "es");

        List<Offer> offers = RoutingRules.match(List.of(contact("c1", 0, T0, "es")), List.of(idleShort, idleLong));

        assertThat(offers).extracting(Offer::agentId).containsExactly("ana");
    }

    @Test
    void agentWithoutTheLanguageShouldBePassedOver() {
        Agent englishOnly = agent("ana", T0.minusSeconds(300), "en");
        Agent spanish = agent("ben", T0.minusSeconds(10), "es");

        List<Offer> offers = RoutingRules.match(List.of(contact("c1", 0, T0, "es")), List.of(englishOnly, spanish));

        assertThat(offers).extracting(Offer::agentId).containsExactly("ben");
    }

    @Test
    void agentWithoutTheTrialOrChannelShouldBePassedOver() {
        Agent otherTrial = new Agent(
                "ana",
                "Ana",
                Map.of("es", 5),
                List.of("LUNG-1"),
                List.of("VOICE"),
                AgentState.AVAILABLE,
                null,
                T0,
                T0.minusSeconds(500),
                0);
        Agent chatOnly = new Agent(
                "ben",
                "Ben",
                Map.of("es", 5),
                List.of("HEART-2"),
                List.of("CHAT"),
                AgentState.AVAILABLE,
                null,
                T0,
                T0.minusSeconds(400),
                0);

        List<Offer> offers = RoutingRules.match(List.of(contact("c1", 0, T0, "es")), List.of(otherTrial, chatOnly));

        assertThat(offers).isEmpty();
    }

    @Test
    void availableAgentShouldTakeTheHighestPriorityContactFirst() {
        WaitingContact lowPriorityOlder = contact("c1", 0, T0.minusSeconds(120), "es");
        WaitingContact highPriorityNewer = contact("c2", 5, T0.minusSeconds(10), "es");

        List<Offer> offers =
                RoutingRules.match(List.of(lowPriorityOlder, highPriorityNewer), List.of(agent("ana", T0, "es")));

        assertThat(offers)
                .extracting(offer -> offer.contact().contactId())
                .containsExactly(highPriorityNewer.contactId());
    }

    @Test
    void amongEqualPriorityTheLongestWaitingContactShouldGoFirst() {
        WaitingContact newer = contact("c1", 0, T0.minusSeconds(10), "es");
        WaitingContact older = contact("c2", 0, T0.minusSeconds(90), "es");

        List<Offer> offers = RoutingRules.match(List.of(newer, older), List.of(agent("ana", T0, "es")));

        assertThat(offers).extracting(offer -> offer.contact().contactId()).containsExactly(older.contactId());
    }

    @Test
    void oneAgentShouldNeverBeOfferedTwoContacts() {
        List<Offer> offers = RoutingRules.match(
                List.of(contact("c1", 0, T0, "es"), contact("c2", 0, T0.plusSeconds(1), "es")),
                List.of(agent("ana", T0, "es")));

        assertThat(offers).hasSize(1);
    }

    @Test
    void eachContactShouldMeetItsOwnAgentWhenThereAreEnough() {
        List<Offer> offers = RoutingRules.match(
                List.of(contact("c1", 0, T0, "es"), contact("c2", 0, T0.plusSeconds(1), "en")),
                List.of(agent("ana", T0.minusSeconds(100), "es"), agent("ben", T0.minusSeconds(50), "en")));

        assertThat(offers).extracting(Offer::agentId).containsExactlyInAnyOrder("ana", "ben");
        assertThat(offers)
                .allSatisfy(offer -> assertThat(offer.agentId())
                        .isEqualTo(offer.contact().language().equals("es") ? "ana" : "ben"));
    }

    private static Agent agent(String id, Instant availableSince, String language) {
        return new Agent(
                id,
                id,
                Map.of(language, 5),
                List.of("HEART-2"),
                List.of("VOICE"),
                AgentState.AVAILABLE,
                null,
                availableSince,
                availableSince,
                0);
    }

    private static WaitingContact contact(String name, int priority, Instant enqueuedAt, String language) {
        return new WaitingContact(
                UUID.nameUUIDFromBytes(name.getBytes()),
                "q-" + language,
                "HEART-2",
                language,
                "VOICE",
                priority,
                enqueuedAt);
    }
}
