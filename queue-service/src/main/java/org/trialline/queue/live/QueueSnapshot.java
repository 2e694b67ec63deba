package org.trialline.queue.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trialline.events.AgentState;

/**
 * A queue as it stands now: who waits and since when, and the agents who can serve it by state.
 *
 * @param oldestWaitSeconds now − enqueue time of the longest waiting contact; absent when nobody waits
 * @param agentsByState every state with its count, zero included, over the agents who serve the queue
 */
public record QueueSnapshot(
        String queueId,
        Instant at,
        int contactsWaiting,
        Long oldestWaitSeconds,
        List<Waiting> waiting,
        Map<AgentState, Long> agentsByState,
        List<AgentNow> agents) {

    /** A contact waiting in the queue. */
    public record Waiting(UUID contactId, Instant enqueuedAt, long waitingSeconds) {}

    /** An agent who serves the queue, with what they are doing and for how long. */
    public record AgentNow(
            String id, String name, AgentState state, String reason, Instant since, long secondsInState) {}
}
