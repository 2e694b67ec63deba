package org.trialline.queue.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.trialline.events.AgentState;
import org.trialline.queue.agents.Agent;
import org.trialline.queue.agents.Agents;
import org.trialline.queue.contacts.Contacts;
import org.trialline.queue.queues.Queue;
import org.trialline.queue.queues.Queues;
import reactor.core.publisher.Mono;

/** A queue's live picture, read from the record: also right after a restart, since nothing of it lives in memory. */
@RestController
class SnapshotController {

    private final Queues queues;
    private final Contacts contacts;
    private final Agents agents;
    private final Clock clock;

    SnapshotController(Queues queues, Contacts contacts, Agents agents, Clock clock) {
        this.queues = queues;
        this.contacts = contacts;
        this.agents = agents;
        this.clock = clock;
    }

    @GetMapping("/api/queue/queues/{id}/snapshot")
    Mono<QueueSnapshot> snapshot(@PathVariable String id) {
        Instant now = clock.instant();
        return queues.get(id)
                .flatMap(queue -> Mono.zip(
                                contacts.waiting(id)
                                        .map(contact -> new QueueSnapshot.Waiting(
                                                contact.id(), contact.enqueuedAt(), seconds(contact.enqueuedAt(), now)))
                                        .collectList(),
                                agents.all()
                                        .filter(agent -> serves(agent, queue))
                                        .collectList())
                        .map(both -> snapshot(queue, now, both.getT1(), both.getT2())));
    }

    private static QueueSnapshot snapshot(
            Queue queue, Instant now, List<QueueSnapshot.Waiting> waiting, List<Agent> serving) {
        Map<AgentState, Long> byState = new EnumMap<>(AgentState.class);
        Arrays.stream(AgentState.values()).forEach(state -> byState.put(state, 0L));
        byState.putAll(serving.stream().collect(Collectors.groupingBy(Agent::state, Collectors.counting())));
        List<QueueSnapshot.AgentNow> agentsNow = serving.stream()
                .map(agent -> new QueueSnapshot.AgentNow(
                        agent.id(),
                        agent.name(),
                        agent.state(),
                        agent.stateReason(),
                        agent.stateSince(),
                        seconds(agent.stateSince(), now)))
                .toList();
        Long oldest = waiting.stream()
                .map(QueueSnapshot.Waiting::waitingSeconds)
                .max(Long::compare)
                .orElse(null);
        return new QueueSnapshot(queue.id(), now, waiting.size(), oldest, waiting, byState, agentsNow);
    }

    private static boolean serves(Agent agent, Queue queue) {
        return agent.serves(queue.trial(), queue.language(), queue.channel().name());
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}
