package org.trialline.wfm.roster;

import java.util.List;
import java.util.Set;

/**
 * Someone who takes calls: the queues they may cover, the rules they work under and when they cannot work.
 *
 * @param queues queues the agent may cover whatever their languages and trials
 * @param daysOff the horizon's days (0 the first) the agent never works
 * @param unavailable times no shift of the agent may overlap (leave, sickness)
 */
public record Agent(
        String id,
        String name,
        Set<String> languages,
        Set<String> trials,
        Set<String> queues,
        Contract contract,
        Set<Integer> daysOff,
        List<Span> unavailable) {

    public Agent {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        trials = trials == null ? Set.of() : Set.copyOf(trials);
        queues = queues == null ? Set.of() : Set.copyOf(queues);
        contract = contract == null ? Contract.open() : contract;
        daysOff = daysOff == null ? Set.of() : Set.copyOf(daysOff);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }

    /** Named for the queue, or speaking its language on its trial. */
    public boolean canServe(Queue queue) {
        return queues.contains(queue.id()) || (languages.contains(queue.language()) && trials.contains(queue.trial()));
    }

    public boolean isUnavailable(int start, int end) {
        return unavailable.stream().anyMatch(span -> span.overlaps(start, end));
    }

    @Override
    public String toString() {
        return id;
    }
}
