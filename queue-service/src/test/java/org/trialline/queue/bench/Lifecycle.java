package org.trialline.queue.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactQueued;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.QueueEvent;

/**
 * One handled contact as a phone system reports it: queued, answered by an agent, ended, wrapped up. Each event is
 * made when it is asked for, with a fresh event id and the time of asking.
 */
final class Lifecycle {

    static final int EVENTS = 4;

    private final String queueId;
    private final String agentId;
    private final UUID contactId = UUID.randomUUID();
    private Instant last = Instant.EPOCH;

    Lifecycle(String queueId, String agentId) {
        this.queueId = queueId;
        this.agentId = agentId;
    }

    /** The events in the order they happen. */
    List<Supplier<QueueEvent>> events() {
        return List.of(this::queued, this::answered, this::ended, this::wrappedUp);
    }

    private QueueEvent queued() {
        // a pseudonym, as the IVR sends it: never a phone number
        String patient = "bench-" + contactId.toString().substring(0, 8);
        return new ContactQueued(UUID.randomUUID(), now(), queueId, contactId, patient, QueueEvent.CURRENT_VERSION);
    }

    private QueueEvent answered() {
        return new ContactAnswered(UUID.randomUUID(), now(), queueId, contactId, agentId, QueueEvent.CURRENT_VERSION);
    }

    private QueueEvent ended() {
        return new ContactEnded(
                UUID.randomUUID(), now(), queueId, contactId, agentId, EndedBy.PATIENT, QueueEvent.CURRENT_VERSION);
    }

    private QueueEvent wrappedUp() {
        return new AfterContactWorkEnded(
                UUID.randomUUID(),
                now(),
                queueId,
                contactId,
                agentId,
                Disposition.RESOLVED_FIRST_CONTACT,
                QueueEvent.CURRENT_VERSION);
    }

    // in milliseconds, as telephony records carry them: the service keeps microseconds and rounds, so an event made
    // in the same microsecond as the contact's entry could read as earlier than it and be refused; and the service
    // refuses an event earlier than the entry, so the wall clock must not step back in between either
    private Instant now() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        last = now.isBefore(last) ? last : now;
        return last;
    }
}
