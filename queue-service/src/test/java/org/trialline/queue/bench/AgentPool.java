package org.trialline.queue.bench;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The agents free to take a contact. A lifecycle takes the agent free longest and gives it back once wrapped up, so
 * that no agent is ever on two contacts and the work rotates through the whole pool.
 */
final class AgentPool {

    private final Queue<String> free;

    AgentPool(List<String> agentIds) {
        free = new ConcurrentLinkedQueue<>(agentIds);
    }

    String take() {
        String agent = free.poll();
        if (agent == null) {
            throw new IllegalStateException(
                    "no agent is free: the pool must hold more agents than lifecycles in flight");
        }
        return agent;
    }

    void giveBack(String agentId) {
        free.add(agentId);
    }
}
