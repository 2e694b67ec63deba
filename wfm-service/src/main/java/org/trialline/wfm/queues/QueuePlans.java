package org.trialline.wfm.queues;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The queues' plans, kept in PostgreSQL. */
@Repository
public class QueuePlans {

    private static final String COLUMNS = "queue_id, time_zone, interval_minutes, service_level_target,"
            + " service_level_seconds, max_occupancy, shrinkage, patience_seconds";

    private final DatabaseClient database;

    QueuePlans(DatabaseClient database) {
        this.database = database;
    }

    /** The queue's plan, or an error that answers 404. */
    public Mono<QueuePlan> get(String queueId) {
        return database.sql("select " + COLUMNS + " from queue_plans where queue_id = :id")
                .bind("id", queueId)
                .map(QueuePlans::read)
                .one()
                .switchIfEmpty(Mono.error(() -> new UnknownQueueException(queueId)));
    }

    /** The plans of those of the queues that are set up. */
    public Flux<QueuePlan> find(Collection<String> queueIds) {
        return database.sql("select " + COLUMNS + " from queue_plans where queue_id = any(:ids)")
                .bind("ids", queueIds.toArray(String[]::new))
                .map(QueuePlans::read)
                .all();
    }

    /** Stores the plan, answering whether it is new. */
    Mono<Boolean> save(QueuePlan plan) {
        DatabaseClient.GenericExecuteSpec insert = database.sql("insert into queue_plans (" + COLUMNS
                        + ") values (:id, :zone, :minutes, :target, :seconds, :occupancy, :shrinkage, :patience)"
                        + " on conflict (queue_id) do update set time_zone = excluded.time_zone,"
                        + " interval_minutes = excluded.interval_minutes,"
                        + " service_level_target = excluded.service_level_target,"
                        + " service_level_seconds = excluded.service_level_seconds,"
                        + " max_occupancy = excluded.max_occupancy, shrinkage = excluded.shrinkage,"
                        + " patience_seconds = excluded.patience_seconds, updated_at = now()"
                        + " returning (xmax = 0) as created")
                .bind("id", plan.queueId())
                .bind("zone", plan.timeZone().getId())
                .bind("minutes", plan.intervalMinutes())
                .bind("target", BigDecimal.valueOf(plan.serviceLevelTarget()))
                .bind("seconds", plan.serviceLevelSeconds())
                .bind("occupancy", BigDecimal.valueOf(plan.maxOccupancy()))
                .bind("shrinkage", BigDecimal.valueOf(plan.shrinkage()));
        insert = plan.patienceSeconds() == null
                ? insert.bindNull("patience", Integer.class)
                : insert.bind("patience", plan.patienceSeconds());
        return insert.map(row -> Boolean.TRUE.equals(row.get("created", Boolean.class)))
                .one();
    }

    private static QueuePlan read(Readable row) {
        return new QueuePlan(
                row.get("queue_id", String.class),
                ZoneId.of(row.get("time_zone", String.class)),
                row.get("interval_minutes", Integer.class),
                row.get("service_level_target", BigDecimal.class).doubleValue(),
                row.get("service_level_seconds", Integer.class),
                row.get("max_occupancy", BigDecimal.class).doubleValue(),
                row.get("shrinkage", BigDecimal.class).doubleValue(),
                row.get("patience_seconds", Integer.class));
    }
}
