package org.trialline.queue.switchboard;

import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactOffered;
import org.trialline.events.QueueEvent;
import org.trialline.queue.agents.Agents;
import org.trialline.queue.contacts.Contact;
import org.trialline.queue.contacts.ContactTransitions;
import org.trialline.queue.contacts.Contacts;
import org.trialline.queue.contacts.EventNames;
import org.trialline.queue.contacts.IllegalTransitionException;
import org.trialline.queue.outbox.Outbox;
import org.trialline.queue.queues.Queue;
import org.trialline.queue.queues.Queues;
import org.trialline.queue.queues.RoutedBy;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Takes every event in, whether the phone system reports it, an agent's desktop asks for it or the router decides it,
 * and applies it in one transaction: the contact or agent changes, the event joins the outbox, and an event seen
 * before changes nothing. Rows are always locked contact first, agent second, so two events never deadlock.
 */
@Service
public class Switchboard {

    private static final int TRANSIENT_RETRIES = 3;

    private final DatabaseClient database;
    private final Queues queues;
    private final Contacts contacts;
    private final Agents agents;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final Changes changes;

    Switchboard(
            DatabaseClient database,
            Queues queues,
            Contacts contacts,
            Agents agents,
            Outbox outbox,
            TransactionalOperator transaction,
            Changes changes) {
        this.database = database;
        this.queues = queues;
        this.contacts = contacts;
        this.agents = agents;
        this.outbox = outbox;
        this.transaction = transaction;
        this.changes = changes;
    }

    /** Applies the event in a transaction of its own. */
    public Mono<Outcome> take(QueueEvent event) {
        return transaction
                .transactional(takeWithin(event))
                // a deadlock or serialization failure rolls everything back, so trying again is safe
                .retryWhen(Retry.backoff(TRANSIENT_RETRIES, Duration.ofMillis(20))
                        .filter(TransientDataAccessException.class::isInstance))
                .doOnSuccess(outcome -> {
                    if (outcome == Outcome.APPLIED) {
                        changes.committed();
                    }
                });
    }

    /** Applies the event inside the caller's transaction. */
    public Mono<Outcome> takeWithin(QueueEvent event) {
        // a queue or an agent being set up joins the outbox beside the set-up itself; there is nothing here to apply
        if (!(event instanceof ContactEvent || event instanceof AgentStateChanged)) {
            return Mono.error(new IllegalArgumentException(EventNames.of(event) + " is not a change to apply"));
        }
        return firstDelivery(event)
                .flatMap(first -> first ? apply(event).thenReturn(Outcome.APPLIED) : Mono.just(Outcome.DUPLICATE));
    }

    private Mono<Boolean> firstDelivery(QueueEvent event) {
        return database.sql("insert into received_events (event_id) values (:id) on conflict do nothing")
                .bind("id", event.eventId())
                .fetch()
                .rowsUpdated()
                .map(inserted -> inserted == 1);
    }

    private Mono<Void> apply(QueueEvent event) {
        if (event instanceof AgentStateChanged changed) {
            return changeAgent(changed);
        }
        ContactEvent contactEvent = (ContactEvent) event;
        return queues.get(contactEvent.queueId()).flatMap(queue -> changeContact(contactEvent, queue));
    }

    private Mono<Void> changeContact(ContactEvent event, Queue queue) {
        return contacts.lock(event.contactId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(before -> {
                    Contact after = ContactTransitions.apply(before.orElse(null), event);
                    requireOfferWhenRoutedHere(event, before.orElse(null), queue);
                    Optional<AgentStateChanged> agentChange =
                            AgentStates.after(event, before.orElse(null), queue.routedBy());
                    return checkAgent(event, agentChange)
                            .then(before.isPresent() ? contacts.update(after) : contacts.insert(after))
                            .then(outbox.append(event))
                            .then(agentChange
                                    .map(change -> deriveAgentChange(change, event instanceof ContactOfferMissed))
                                    .orElse(Mono.empty()));
                });
    }

    // where TrialLine routes, only the agent holding the offer may answer: an expired offer is not taken back late
    private static void requireOfferWhenRoutedHere(ContactEvent event, Contact before, Queue queue) {
        if (event instanceof ContactAnswered answered
                && queue.routedBy() == RoutedBy.TRIALLINE
                && !answered.agentId().equals(before.offeredTo())) {
            throw new IllegalTransitionException(
                    "contact " + event.contactId() + " is not offered to " + answered.agentId());
        }
    }

    // all checks come before the first write, so a refused event leaves nothing behind in the transaction
    private Mono<Void> checkAgent(ContactEvent event, Optional<AgentStateChanged> agentChange) {
        if (agentChange.isEmpty()) {
            return Mono.empty();
        }
        return agents.lock(agentChange.get().agentId()).flatMap(agent -> {
            if (event instanceof ContactOffered && agent.state() != AgentState.AVAILABLE) {
                return Mono.error(new AgentBusyException(
                        "agent " + agent.id() + " is " + agent.state() + " and cannot be offered a contact"));
            }
            if (event instanceof ContactAnswered && agent.state() == AgentState.ON_CONTACT) {
                return Mono.error(new AgentBusyException("agent " + agent.id() + " is on another contact"));
            }
            return Mono.empty();
        });
    }

    private Mono<Void> deriveAgentChange(AgentStateChanged change, boolean missed) {
        return firstDelivery(change)
                .flatMap(first -> first
                        ? agents.changeState(change.agentId(), change.state(), change.reason(), change.since(), missed)
                                .then(outbox.append(change))
                        : Mono.empty());
    }

    private Mono<Void> changeAgent(AgentStateChanged change) {
        return agents.lock(change.agentId()).flatMap(agent -> {
            if (agent.state() == AgentState.RESERVED && change.state() != AgentState.RESERVED) {
                return Mono.error(new AgentBusyException(
                        "agent " + agent.id() + " has an offer waiting; accept or decline it first"));
            }
            Mono<Void> record = outbox.append(change);
            // a change older than the agent's present state arrived late: it joins the record, not the present
            if (change.since().isBefore(agent.stateSince())) {
                return record;
            }
            return agents.changeState(agent.id(), change.state(), change.reason(), change.since(), false)
                    .then(record);
        });
    }
}
