package org.trialline.kpi.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trialline.kpi.config.KpiProperties.Thresholds;

/**
 * A group as it is now: who waits, what the agents do, and the KPIs of today and the last 15, 30 and 60 minutes.
 *
 * @param version goes up with every change kpi-stream applies; a newer snapshot has a higher one
 * @param asOf the stream's clock: the latest event time seen, which every window ends at
 * @param serviceLevelTarget the share the queue aims to answer within {@code serviceLevelSeconds}; for a group of
 *     queues, null
 * @param oldestWaitSeconds {@code asOf} minus the enqueue time of the longest-waiting contact
 * @param longestWaiting the longest-waiting contacts, oldest first; {@code waiting} counts all
 * @param agentsByState every agent who serves the group once, by state
 * @param windows {@code today}, {@code 15m}, {@code 30m} and {@code 60m}
 * @param status per threshold ({@code serviceLevel}, {@code oldestWait}, {@code abandonmentRate}): OK, WARN or
 *     ALERT, judged on today's figures and the live oldest wait
 */
public record Snapshot(
        String group,
        long version,
        Instant asOf,
        List<String> queues,
        Double serviceLevelTarget,
        Integer serviceLevelSeconds,
        int waiting,
        Instant oldestEnqueuedAt,
        Double oldestWaitSeconds,
        List<WaitingContact> longestWaiting,
        Map<String, Integer> agentsByState,
        List<AgentView> agents,
        Map<String, Figures> windows,
        Thresholds thresholds,
        Map<String, String> status) {

    public record WaitingContact(String contactId, String queueId, Instant enqueuedAt) {}

    /**
     * An agent on the board.
     *
     * @param queueId the queue of the contact the agent is reserved for, on or wrapping up, when there is one
     */
    public record AgentView(String id, String name, String state, String reason, Instant since, String queueId) {}
}
