package org.trialline.queue.switchboard;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactOffered;
import org.trialline.events.QueueEvent;
import org.trialline.queue.contacts.Contact;
import org.trialline.queue.contacts.ContactStatus;
import org.trialline.queue.queues.RoutedBy;

/**
 * The change of an agent's state that a contact event implies: reserved by an offer, on contact once answered, in
 * after-contact work once it ends, available after wrap-up. Published like any other event, so that every consumer
 * sees agents move without knowing these rules.
 */
final class AgentStates {

    static final String MISSED_OFFER = "missed offer";

    private AgentStates() {}

    /**
     * @param before the contact as it was before the event (null for a new one)
     * @param routedBy who routes the contact's queue: a missed offer takes the agent out of rotation only when
     *     TrialLine routes, since a phone system keeps its own account of who is ready
     */
    static Optional<AgentStateChanged> after(ContactEvent event, Contact before, RoutedBy routedBy) {
        if (event instanceof ContactOffered offered) {
            return change(event, offered.agentId(), AgentState.RESERVED, "offered " + event.contactId());
        }
        if (event instanceof ContactOfferMissed missed) {
            return routedBy == RoutedBy.TRIALLINE
                    ? change(event, missed.agentId(), AgentState.BREAK, MISSED_OFFER)
                    : change(event, missed.agentId(), AgentState.AVAILABLE, null);
        }
        if (event instanceof ContactAnswered answered) {
            return change(event, answered.agentId(), AgentState.ON_CONTACT, null);
        }
        if (event instanceof ContactEnded ended) {
            return change(event, before.answeredBy(), AgentState.AFTER_CONTACT_WORK, null);
        }
        if (event instanceof AfterContactWorkEnded wrapUp) {
            return change(event, before.answeredBy(), AgentState.AVAILABLE, null);
        }
        if (event instanceof ContactLeftQueue && before.status() == ContactStatus.OFFERED) {
            return change(event, before.offeredTo(), AgentState.AVAILABLE, null);
        }
        return Optional.empty();
    }

    private static Optional<AgentStateChanged> change(
            ContactEvent cause, String agentId, AgentState state, String why) {
        return Optional.of(new AgentStateChanged(
                derivedId(cause),
                cause.occurredAt(),
                cause.queueId(),
                agentId,
                state,
                why,
                cause.occurredAt(),
                QueueEvent.CURRENT_VERSION));
    }

    // derived from the cause's id, so that a repeated delivery of the cause derives the very same event
    private static UUID derivedId(ContactEvent cause) {
        return UUID.nameUUIDFromBytes((cause.eventId() + "/agent").getBytes(StandardCharsets.UTF_8));
    }
}
