package org.trialline.wfm.specialdays;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The special days, kept in PostgreSQL. */
@Repository
public class SpecialDays {

    private static final String COLUMNS = "id, name, queue_id, first_day, last_day, factor";

    private final DatabaseClient database;

    SpecialDays(DatabaseClient database) {
        this.database = database;
    }

    /** Those that apply to the queue on any day from {@code from} to {@code to}. */
    public Flux<SpecialDay> affecting(String queueId, LocalDate from, LocalDate to) {
        return database.sql("select " + COLUMNS + " from special_days where (queue_id is null or queue_id = :queue)"
                        + " and first_day <= :to and last_day >= :from order by first_day, name")
                .bind("queue", queueId)
                .bind("from", from)
                .bind("to", to)
                .map(SpecialDays::read)
                .all();
    }

    Flux<SpecialDay> between(LocalDate from, LocalDate to) {
        return database.sql("select " + COLUMNS + " from special_days where first_day <= :to and last_day >= :from"
                        + " order by first_day, name")
                .bind("from", from)
                .bind("to", to)
                .map(SpecialDays::read)
                .all();
    }

    Mono<Void> save(SpecialDay day) {
        DatabaseClient.GenericExecuteSpec insert = database.sql(
                        "insert into special_days (" + COLUMNS + ") values (:id, :name, :queue, :from, :to, :factor)")
                .bind("id", day.id())
                .bind("name", day.name())
                .bind("from", day.from())
                .bind("to", day.to())
                .bind("factor", BigDecimal.valueOf(day.factor()));
        insert = day.queueId() == null ? insert.bindNull("queue", String.class) : insert.bind("queue", day.queueId());
        return insert.then();
    }

    Mono<Boolean> delete(UUID id) {
        return database.sql("delete from special_days where id = :id")
                .bind("id", id)
                .fetch()
                .rowsUpdated()
                .map(deleted -> deleted > 0);
    }

    private static SpecialDay read(Readable row) {
        return new SpecialDay(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("queue_id", String.class),
                row.get("first_day", LocalDate.class),
                row.get("last_day", LocalDate.class),
                row.get("factor", BigDecimal.class).doubleValue());
    }
}
