package org.trialline.queue.outbox;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.trialline.events.QueueEvent;
import org.trialline.queue.contacts.EventNames;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps an event beside the change it describes, in the same transaction, so that no change goes unpublished and no
 * event describes a change that was rolled back. {@link OutboxRelay} publishes it afterwards.
 */
@Component
public class Outbox {

    private final DatabaseClient database;
    private final JsonMapper json;

    Outbox(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Must run inside the transaction of the change. */
    public Mono<Void> append(QueueEvent event) {
        return database.sql("insert into outbox (event_id, event_type, payload) values (:id, :type, :payload)")
                .bind("id", event.eventId())
                .bind("type", EventNames.of(event))
                .bind("payload", json.writeValueAsString(event))
                .fetch()
                .rowsUpdated()
                .then();
    }
}
