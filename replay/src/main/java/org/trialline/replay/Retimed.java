package org.trialline.replay;

import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactQueued;
import org.trialline.events.QueueEvent;

/** An event of a replay moved by a {@link Retiming}: its times shifted, its event and contact ids derived again. */
final class Retimed {

    private Retimed() {}

    static QueueEvent of(QueueEvent event, Retiming r) {
        if (event instanceof ContactQueued e) {
            return new ContactQueued(
                    r.id(e.eventId()),
                    r.at(e.occurredAt()),
                    e.queueId(),
                    r.id(e.contactId()),
                    e.patientReference(),
                    e.version());
        }
        if (event instanceof ContactAnswered e) {
            return new ContactAnswered(
                    r.id(e.eventId()),
                    r.at(e.occurredAt()),
                    e.queueId(),
                    r.id(e.contactId()),
                    e.agentId(),
                    e.version());
        }
        if (event instanceof ContactEnded e) {
            return new ContactEnded(
                    r.id(e.eventId()),
                    r.at(e.occurredAt()),
                    e.queueId(),
                    r.id(e.contactId()),
                    e.agentId(),
                    e.endedBy(),
                    e.version());
        }
        if (event instanceof ContactLeftQueue e) {
            return new ContactLeftQueue(
                    r.id(e.eventId()), r.at(e.occurredAt()), e.queueId(), r.id(e.contactId()), e.reason(), e.version());
        }
        if (event instanceof AfterContactWorkEnded e) {
            return new AfterContactWorkEnded(
                    r.id(e.eventId()),
                    r.at(e.occurredAt()),
                    e.queueId(),
                    r.id(e.contactId()),
                    e.agentId(),
                    e.disposition(),
                    e.version());
        }
        if (event instanceof AgentStateChanged e) {
            return new AgentStateChanged(
                    r.id(e.eventId()),
                    r.at(e.occurredAt()),
                    e.queueId(),
                    e.agentId(),
                    e.state(),
                    e.reason(),
                    r.at(e.since()),
                    e.version());
        }
        throw new IllegalArgumentException(
                "a replay makes no " + event.getClass().getSimpleName());
    }
}
