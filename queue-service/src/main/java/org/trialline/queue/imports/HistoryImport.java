package org.trialline.queue.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.callrecords.ImportedLine;
import org.trialline.events.ContactEvent;
import org.trialline.events.QueueEvent;
import org.trialline.queue.contacts.Contact;
import org.trialline.queue.contacts.ContactTransitions;
import org.trialline.queue.queues.Queue;
import org.trialline.queue.queues.Queues;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Brings telephony records of the past into the contact history. Each contact is built in memory through the same
 * transitions as live events, then written in batches; a contact already in the record is left as it is, so a file
 * imported twice adds nothing. Imported contacts describe the past, so they are not published to the live stream:
 * history reports read them, the wallboard does not.
 */
@Service
public class HistoryImport {

    private static final int BATCH = 2000;
    private static final int LISTED_PROBLEMS = 100;

    private final DatabaseClient database;
    private final Queues queues;
    private final TransactionalOperator transaction;

    HistoryImport(DatabaseClient database, Queues queues, TransactionalOperator transaction) {
        this.database = database;
        this.queues = queues;
        this.transaction = transaction;
    }

    /** Reads the lines (a blocking parse, so off the event loop) and writes what they describe. */
    public Mono<ImportReport> load(String format, Supplier<Stream<ImportedLine>> lines) {
        return queues.all()
                .collectMap(Queue::id)
                .publishOn(Schedulers.boundedElastic())
                .map(known -> read(format, lines, known))
                .flatMap(reading -> write(reading.contacts()).map(reading::reportWith));
    }

    private Reading read(String format, Supplier<Stream<ImportedLine>> lines, Map<String, Queue> known) {
        Reading reading = new Reading(format, known);
        try (Stream<ImportedLine> stream = lines.get()) {
            stream.forEach(reading::take);
        }
        return reading;
    }

    private Mono<Long> write(List<Built> contacts) {
        return Flux.fromIterable(contacts)
                .buffer(BATCH)
                .concatMap(batch -> transaction.transactional(insert(batch)))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> insert(List<Built> batch) {
        List<Contact> contacts = batch.stream().map(Built::contact).toList();
        String[] eventIds = batch.stream()
                .flatMap(built -> built.eventIds().stream())
                .map(UUID::toString)
                .toArray(String[]::new);
        Mono<Long> inserted = database.sql("insert into contacts (id, queue_id, patient_reference, status, enqueued_at,"
                        + " offered_to, offered_at, missed_offers, answered_by, answered_at, hold_started_at,"
                        + " hold_seconds, ended_at, ended_by, wrapped_up_at, disposition, left_at, leave_reason,"
                        + " survey_score) select * from unnest(:id::uuid[], :queue::text[], :patient::text[],"
                        + " :status::text[], :enqueued::timestamptz[], :offeredTo::text[], :offeredAt::timestamptz[],"
                        + " :missed::int[], :answeredBy::text[], :answeredAt::timestamptz[],"
                        + " :holdStarted::timestamptz[], :hold::numeric[], :endedAt::timestamptz[], :endedBy::text[],"
                        + " :wrappedUp::timestamptz[], :disposition::text[], :leftAt::timestamptz[],"
                        + " :leaveReason::text[], :score::int[]) on conflict (id) do nothing")
                .bind("id", column(contacts, Contact::id))
                .bind("queue", column(contacts, Contact::queueId))
                .bind("patient", column(contacts, Contact::patientReference))
                .bind("status", column(contacts, Contact::status))
                .bind("enqueued", column(contacts, Contact::enqueuedAt))
                .bind("offeredTo", column(contacts, Contact::offeredTo))
                .bind("offeredAt", column(contacts, Contact::offeredAt))
                .bind("missed", column(contacts, Contact::missedOffers))
                .bind("answeredBy", column(contacts, Contact::answeredBy))
                .bind("answeredAt", column(contacts, Contact::answeredAt))
                .bind("holdStarted", column(contacts, Contact::holdStartedAt))
                .bind("hold", column(contacts, Contact::holdSeconds))
                .bind("endedAt", column(contacts, Contact::endedAt))
                .bind("endedBy", column(contacts, Contact::endedBy))
                .bind("wrappedUp", column(contacts, Contact::wrappedUpAt))
                .bind("disposition", column(contacts, Contact::disposition))
                .bind("leftAt", column(contacts, Contact::leftAt))
                .bind("leaveReason", column(contacts, Contact::leaveReason))
                .bind("score", column(contacts, Contact::surveyScore))
                .fetch()
                .rowsUpdated();
        Mono<Long> received = database.sql("insert into received_events (event_id) select unnest(:ids::uuid[])"
                        + " on conflict do nothing")
                .bind("ids", eventIds)
                .fetch()
                .rowsUpdated();
        return inserted.flatMap(count -> received.thenReturn(count));
    }

    // every column travels as text and PostgreSQL casts it, which keeps one array codec for all types
    private static String[] column(List<Contact> contacts, Function<Contact, Object> field) {
        return contacts.stream()
                .map(field)
                .map(value -> value == null ? null : value.toString())
                .toArray(String[]::new);
    }

    /** A contact the file describes, and the ids of the events that built it. */
    private record Built(Contact contact, List<UUID> eventIds) {}

    /** The state of reading one file: contacts built so far, counts and problems. */
    private static final class Reading {

        private final String format;
        private final Map<String, Queue> queues;
        private final Map<UUID, Built> contacts = new LinkedHashMap<>();
        private final List<ImportReport.LineProblem> problems = new ArrayList<>();
        private long lines;
        private long skipped;
        private long agentLines;
        private long problemCount;

        Reading(String format, Map<String, Queue> queues) {
            this.format = format;
            this.queues = queues;
        }

        void take(ImportedLine line) {
            lines = Math.max(lines, line.lineNumber());
            if (line instanceof ImportedLine.Recorded recorded) {
                apply(recorded);
            } else if (line instanceof ImportedLine.Malformed malformed) {
                problem(malformed.lineNumber(), malformed.message());
            } else if (line instanceof ImportedLine.MembershipChanged) {
                agentLines++;
            } else {
                skipped++;
            }
        }

        // a line is applied whole or not at all: its events go to a copy that replaces the contacts only at the end
        private void apply(ImportedLine.Recorded line) {
            Map<UUID, Built> changed = new LinkedHashMap<>();
            for (QueueEvent event : line.events()) {
                if (!(event instanceof ContactEvent contactEvent)) {
                    agentLines++;
                    return;
                }
                if (!queues.containsKey(contactEvent.queueId())) {
                    problem(line.lineNumber(), "no queue " + contactEvent.queueId() + "; set it up before importing");
                    return;
                }
                Built before = changed.getOrDefault(contactEvent.contactId(), contacts.get(contactEvent.contactId()));
                try {
                    Contact after = ContactTransitions.apply(before == null ? null : before.contact(), contactEvent);
                    List<UUID> ids = new ArrayList<>(before == null ? List.of() : before.eventIds());
                    ids.add(event.eventId());
                    changed.put(after.id(), new Built(after, ids));
                } catch (ResponseStatusException refused) {
                    problem(line.lineNumber(), refused.getReason());
                    return;
                }
            }
            contacts.putAll(changed);
        }

        private void problem(long line, String message) {
            problemCount++;
            if (problems.size() < LISTED_PROBLEMS) {
                problems.add(new ImportReport.LineProblem(line, message));
            }
        }

        List<Built> contacts() {
            return List.copyOf(contacts.values());
        }

        ImportReport reportWith(long imported) {
            long read = contacts.size();
            return new ImportReport(
                    format, lines, read, imported, read - imported, skipped, agentLines, problemCount, problems);
        }
    }
}
