package org.trialline.queue.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads {@code queue.outbox} over JDBC: the offers the router made, the database's own time of each event, and how
 * much is still waiting to be published. One connection, for one thread at a time.
 */
final class OutboxReader implements AutoCloseable {

    private static final String OFFERS_AFTER = """
            select id, payload::jsonb->>'contactId' as contact_id, payload::jsonb->>'agentId' as agent_id
            from queue.outbox
            where id > ? and event_type = 'contact.offered' and payload::jsonb->>'queueId' = ?
            order by id""";

    // created_at is now() of the writing transaction; occurredAt is the service's clock when it made the event
    private static final String ROUTING_TIMES = """
            with ours as (
                select event_type, payload::jsonb->>'contactId' as contact_id, created_at,
                       (payload::jsonb->>'occurredAt')::timestamptz as occurred_at
                from queue.outbox
                where event_type in ('contact.queued', 'contact.offered') and payload::jsonb->>'queueId' = ?)
            select extract(epoch from min(offered.created_at) - queued.created_at) * 1000 as by_database,
                   extract(epoch from min(offered.occurred_at) - queued.occurred_at) * 1000 as by_service_clock
            from ours queued
            left join ours offered on offered.contact_id = queued.contact_id and offered.event_type = 'contact.offered'
            where queued.event_type = 'contact.queued'
            group by queued.contact_id, queued.created_at, queued.occurred_at""";

    private final Connection connection;

    OutboxReader(BenchSettings.Database database) {
        try {
            connection = DriverManager.getConnection(database.url(), database.username(), database.password());
        } catch (SQLException unreachable) {
            throw new IllegalStateException("cannot reach the database at " + database, unreachable);
        }
    }

    /** An offer the router made: contact and agent. */
    record Offer(long id, UUID contactId, String agentId) {}

    /** One contact's wait from entering the queue to its first offer, in ms; null when it was never offered. */
    record RoutingTime(Double byDatabase, Double byServiceClock) {}

    long lastId() {
        return single("select coalesce(max(id), 0) from queue.outbox");
    }

    long unpublished() {
        return single("select count(*) from queue.outbox where published_at is null");
    }

    /** The offers of one queue after the given outbox id, in the order the router made them. */
    List<Offer> offersAfter(long id, String queueId) {
        try (PreparedStatement query = connection.prepareStatement(OFFERS_AFTER)) {
            query.setLong(1, id);
            query.setString(2, queueId);
            return offers(query);
        } catch (SQLException failure) {
            throw new IllegalStateException("reading offers from queue.outbox failed", failure);
        }
    }

    /** The wait of every contact that entered the queue. */
    List<RoutingTime> routingTimes(String queueId) {
        try (PreparedStatement query = connection.prepareStatement(ROUTING_TIMES)) {
            query.setString(1, queueId);
            return routingTimes(query);
        } catch (SQLException failure) {
            throw new IllegalStateException("reading routing times from queue.outbox failed", failure);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing is left to read, and the server ends the session itself
        }
    }

    private static List<Offer> offers(PreparedStatement query) throws SQLException {
        List<Offer> offers = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                UUID contact = UUID.fromString(rows.getString("contact_id"));
                offers.add(new Offer(rows.getLong("id"), contact, rows.getString("agent_id")));
            }
        }
        return offers;
    }

    private static List<RoutingTime> routingTimes(PreparedStatement query) throws SQLException {
        List<RoutingTime> times = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                times.add(new RoutingTime(
                        rows.getObject("by_database") == null ? null : rows.getDouble("by_database"),
                        rows.getObject("by_service_clock") == null ? null : rows.getDouble("by_service_clock")));
            }
        }
        return times;
    }

    private long single(String sql) {
        try (PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException("reading queue.outbox failed: " + sql, failure);
        }
    }
}
