package org.trialline.queue.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ResponseStatusException;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactOffered;
import org.trialline.events.QueueEvent;
import org.trialline.queue.agents.Agents;
import org.trialline.queue.contacts.Contacts;
import org.trialline.queue.switchboard.Switchboard;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Offers waiting contacts to available agents, and takes back offers nobody accepted in time. One routing pass runs
 * at a time across all instances, under a PostgreSQL advisory lock, so two passes never offer one agent two contacts
 * or one contact to two agents.
 */
@Component
public class QueueRouter {

    private static final Logger log = LoggerFactory.getLogger(QueueRouter.class);

    private final DatabaseClient database;
    private final Agents agents;
    private final Contacts contacts;
    private final Switchboard switchboard;
    private final TransactionalOperator transaction;
    private final RoutingProperties properties;
    private final Clock clock;

    QueueRouter(
            DatabaseClient database,
            Agents agents,
            Contacts contacts,
            Switchboard switchboard,
            TransactionalOperator transaction,
            RoutingProperties properties,
            Clock clock) {
        this.database = database;
        this.agents = agents;
        this.contacts = contacts;
        this.switchboard = switchboard;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** One pass: every match the rules allow now becomes an offer. Answers how many offers were made. */
    public Mono<Integer> route() {
        Mono<Integer> pass = database.sql("select pg_advisory_xact_lock(hashtext('trialline.queue.router'))")
                .fetch()
                .rowsUpdated()
                .then(Mono.zip(waiting().collectList(), agents.available().collectList()))
                .flatMapMany(
                        candidates -> Flux.fromIterable(RoutingRules.match(candidates.getT1(), candidates.getT2())))
                .concatMap(this::offer)
                .reduce(0, Integer::sum);
        return transaction.transactional(pass);
    }

    /** Takes back offers older than the offer timeout. Answers how many. */
    public Mono<Integer> expireOffers() {
        Instant now = clock.instant();
        return contacts.offeredBefore(now.minus(properties.offerTimeout()))
                .concatMap(contact -> switchboard
                        .take(new ContactOfferMissed(
                                UUID.randomUUID(),
                                now,
                                contact.queueId(),
                                contact.id(),
                                contact.offeredTo(),
                                QueueEvent.CURRENT_VERSION))
                        .thenReturn(1)
                        // accepted or abandoned between our look and our change: nothing to take back
                        .onErrorResume(ResponseStatusException.class, refused -> Mono.just(0)))
                .reduce(0, Integer::sum);
    }

    private Flux<WaitingContact> waiting() {
        return database.sql("select c.id, c.queue_id, q.trial, q.language, q.channel, q.priority, c.enqueued_at"
                        + " from contacts c join queues q on q.id = c.queue_id"
                        + " where c.status = 'QUEUED' and q.routed_by = 'TRIALLINE'")
                .map(row -> new WaitingContact(
                        row.get("id", UUID.class),
                        row.get("queue_id", String.class),
                        row.get("trial", String.class),
                        row.get("language", String.class),
                        row.get("channel", String.class),
                        row.get("priority", Integer.class),
                        row.get("enqueued_at", Instant.class)))
                .all();
    }

    private Mono<Integer> offer(Offer offer) {
        ContactOffered offered = new ContactOffered(
                UUID.randomUUID(),
                clock.instant(),
                offer.contact().queueId(),
                offer.contact().contactId(),
                offer.agentId(),
                QueueEvent.CURRENT_VERSION);
        return switchboard
                .takeWithin(offered)
                .thenReturn(1)
                // the contact left or the agent went on break since we looked: that match is gone, the rest stand
                .onErrorResume(ResponseStatusException.class, refused -> {
                    log.debug(
                            "Offer of contact {} to agent {} refused: {}",
                            offered.contactId(),
                            offered.agentId(),
                            refused.getReason());
                    return Mono.just(0);
                });
    }
}
