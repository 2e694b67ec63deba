package org.trialline.queue.contacts;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every contact the centre has had, kept in PostgreSQL: the system of record. */
@Repository
public class Contacts {

    private static final String COLUMNS =
            "id, queue_id, patient_reference, status, enqueued_at, offered_to, offered_at,"
                    + " missed_offers, answered_by, answered_at, hold_started_at, hold_seconds, ended_at, ended_by,"
                    + " wrapped_up_at, disposition, left_at, leave_reason, survey_score";

    private final DatabaseClient database;

    Contacts(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Contact> find(UUID id) {
        return database.sql("select " + COLUMNS + " from contacts where id = :id")
                .bind("id", id)
                .map(Contacts::read)
                .one();
    }

    /** The contact, locked until the transaction ends; empty when there is none. */
    public Mono<Contact> lock(UUID id) {
        return database.sql("select " + COLUMNS + " from contacts where id = :id for update")
                .bind("id", id)
                .map(Contacts::read)
                .one();
    }

    /** Contacts waiting in a queue, longest waiting first. */
    public Flux<Contact> waiting(String queueId) {
        return database.sql("select " + COLUMNS + " from contacts where queue_id = :queue and status = 'QUEUED'"
                        + " order by enqueued_at, id")
                .bind("queue", queueId)
                .map(Contacts::read)
                .all();
    }

    /** Offers made before the given instant and still not taken. */
    public Flux<Contact> offeredBefore(Instant instant) {
        return database.sql("select " + COLUMNS + " from contacts where status = 'OFFERED' and offered_at < :instant"
                        + " order by offered_at")
                .bind("instant", instant)
                .map(Contacts::read)
                .all();
    }

    public Mono<Void> insert(Contact contact) {
        DatabaseClient.GenericExecuteSpec insert = database.sql("insert into contacts (" + COLUMNS + ") values (:id,"
                        + " :queue, :patient, :status, :enqueued, :offeredTo, :offeredAt, :missed, :answeredBy,"
                        + " :answeredAt, :holdStarted, :hold, :endedAt, :endedBy, :wrappedUp, :disposition, :leftAt,"
                        + " :leaveReason, :score)")
                .bind("queue", contact.queueId())
                .bind("enqueued", contact.enqueuedAt());
        insert = nullable(insert, "patient", contact.patientReference(), String.class);
        return bindProgress(insert, contact).fetch().rowsUpdated().then();
    }

    public Mono<Void> update(Contact contact) {
        DatabaseClient.GenericExecuteSpec update = database.sql("update contacts set status = :status,"
                + " offered_to = :offeredTo, offered_at = :offeredAt, missed_offers = :missed,"
                + " answered_by = :answeredBy, answered_at = :answeredAt, hold_started_at = :holdStarted,"
                + " hold_seconds = :hold, ended_at = :endedAt, ended_by = :endedBy, wrapped_up_at = :wrappedUp,"
                + " disposition = :disposition, left_at = :leftAt, leave_reason = :leaveReason,"
                + " survey_score = :score where id = :id");
        return bindProgress(update, contact).fetch().rowsUpdated().then();
    }

    // everything that changes as a contact moves on; the queue, the patient and the entry time never do
    private static DatabaseClient.GenericExecuteSpec bindProgress(
            DatabaseClient.GenericExecuteSpec spec, Contact contact) {
        spec = spec.bind("id", contact.id())
                .bind("status", contact.status().name())
                .bind("missed", contact.missedOffers())
                .bind("hold", contact.holdSeconds());
        spec = nullable(spec, "offeredTo", contact.offeredTo(), String.class);
        spec = nullable(spec, "offeredAt", contact.offeredAt(), Instant.class);
        spec = nullable(spec, "answeredBy", contact.answeredBy(), String.class);
        spec = nullable(spec, "answeredAt", contact.answeredAt(), Instant.class);
        spec = nullable(spec, "holdStarted", contact.holdStartedAt(), Instant.class);
        spec = nullable(spec, "endedAt", contact.endedAt(), Instant.class);
        spec = nullable(spec, "endedBy", name(contact.endedBy()), String.class);
        spec = nullable(spec, "wrappedUp", contact.wrappedUpAt(), Instant.class);
        spec = nullable(spec, "disposition", name(contact.disposition()), String.class);
        spec = nullable(spec, "leftAt", contact.leftAt(), Instant.class);
        spec = nullable(spec, "leaveReason", name(contact.leaveReason()), String.class);
        return nullable(spec, "score", contact.surveyScore(), Integer.class);
    }

    private static <T> DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static Contact read(Readable row) {
        return new Contact(
                row.get("id", UUID.class),
                row.get("queue_id", String.class),
                row.get("patient_reference", String.class),
                ContactStatus.valueOf(row.get("status", String.class)),
                row.get("enqueued_at", Instant.class),
                row.get("offered_to", String.class),
                row.get("offered_at", Instant.class),
                row.get("missed_offers", Integer.class),
                row.get("answered_by", String.class),
                row.get("answered_at", Instant.class),
                row.get("hold_started_at", Instant.class),
                row.get("hold_seconds", BigDecimal.class),
                row.get("ended_at", Instant.class),
                parse(row.get("ended_by", String.class), EndedBy::valueOf),
                row.get("wrapped_up_at", Instant.class),
                parse(row.get("disposition", String.class), Disposition::valueOf),
                row.get("left_at", Instant.class),
                parse(row.get("leave_reason", String.class), LeaveReason::valueOf),
                row.get("survey_score", Integer.class));
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        return value == null ? null : parser.apply(value);
    }
}
