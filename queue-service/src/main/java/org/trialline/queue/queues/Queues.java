package org.trialline.queue.queues;

import java.math.BigDecimal;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.trialline.events.Channel;
import org.trialline.events.ServiceLevelVariant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The queues of the centre, kept in PostgreSQL. */
@Repository
public class Queues {

    private static final String COLUMNS = "id, trial, language, channel, service_level_target, service_level_seconds,"
            + " service_level_variant, short_abandon_seconds, priority, routed_by";

    private final DatabaseClient database;

    Queues(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Queue> find(String id) {
        return database.sql("select " + COLUMNS + " from queues where id = :id")
                .bind("id", id)
                .map(Queues::read)
                .one();
    }

    /** The queue, or an error that answers 404. */
    public Mono<Queue> get(String id) {
        return find(id).switchIfEmpty(Mono.error(() -> new UnknownQueueException(id)));
    }

    public Flux<Queue> all() {
        return database.sql("select " + COLUMNS + " from queues order by id")
                .map(Queues::read)
                .all();
    }

    Mono<Boolean> save(Queue queue) {
        return database.sql("insert into queues (" + COLUMNS + ") values (:id, :trial, :language, :channel, :target,"
                        + " :seconds, :variant, :shortAbandon, :priority, :routedBy)"
                        + " on conflict (id) do update set trial = excluded.trial, language = excluded.language,"
                        + " channel = excluded.channel, service_level_target = excluded.service_level_target,"
                        + " service_level_seconds = excluded.service_level_seconds,"
                        + " service_level_variant = excluded.service_level_variant,"
                        + " short_abandon_seconds = excluded.short_abandon_seconds, priority = excluded.priority,"
                        + " routed_by = excluded.routed_by"
                        + " returning (xmax = 0) as created")
                .bind("id", queue.id())
                .bind("trial", queue.trial())
                .bind("language", queue.language())
                .bind("channel", queue.channel().name())
                .bind("target", queue.serviceLevelTarget())
                .bind("seconds", queue.serviceLevelSeconds())
                .bind("variant", queue.serviceLevelVariant().name())
                .bind("shortAbandon", queue.shortAbandonSeconds())
                .bind("priority", queue.priority())
                .bind("routedBy", queue.routedBy().name())
                .map(row -> Boolean.TRUE.equals(row.get("created", Boolean.class)))
                .one();
    }

    private static Queue read(io.r2dbc.spi.Readable row) {
        return new Queue(
                row.get("id", String.class),
                row.get("trial", String.class),
                row.get("language", String.class),
                Channel.valueOf(row.get("channel", String.class)),
                row.get("service_level_target", BigDecimal.class),
                row.get("service_level_seconds", Integer.class),
                ServiceLevelVariant.valueOf(row.get("service_level_variant", String.class)),
                row.get("short_abandon_seconds", Integer.class),
                row.get("priority", Integer.class),
                RoutedBy.valueOf(row.get("routed_by", String.class)));
    }
}
