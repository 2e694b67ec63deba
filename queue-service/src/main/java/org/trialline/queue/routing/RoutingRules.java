package org.trialline.queue.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trialline.queue.agents.Agent;

/**
 * Who gets which contact. Contacts are taken highest queue priority first, then longest waiting; each goes to the
 * longest idle available agent who has its trial, language and channel. So a new contact meets the longest idle agent
 * who can serve it, and an agent who becomes available meets the most urgent contact they can serve.
 */
final class RoutingRules {

    private static final Comparator<WaitingContact> MOST_URGENT_FIRST = Comparator.comparingInt(
                    WaitingContact::priority)
            .reversed()
            .thenComparing(WaitingContact::enqueuedAt)
            .thenComparing(WaitingContact::contactId);

    private static final Comparator<Agent> LONGEST_IDLE_FIRST = Comparator.comparing(
                    (Agent agent) -> Optional.ofNullable(agent.availableSince()).orElse(Instant.MAX))
            .thenComparing(Agent::id);

    private RoutingRules() {}

    static List<Offer> match(List<WaitingContact> waiting, List<Agent> available) {
        List<Agent> idle = new ArrayList<>(available);
        idle.sort(LONGEST_IDLE_FIRST);
        List<Offer> offers = new ArrayList<>();
        waiting.stream()
                .sorted(MOST_URGENT_FIRST)
                .forEach(contact -> idle.stream()
                        .filter(agent -> agent.serves(contact.trial(), contact.language(), contact.channel()))
                        .findFirst()
                        .ifPresent(agent -> {
                            idle.remove(agent);
                            offers.add(new Offer(contact, agent.id()));
                        }));
        return offers;
    }
}
