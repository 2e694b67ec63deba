package org.trialline.queue.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox reaches Redis.
 *
 * @param stream the Redis stream every consumer reads
 * @param batchSize events published per round
 * @param interval how often the relay looks even when nothing told it to: after a restart or a Redis outage
 * @param maxStreamLength the stream is trimmed to about this many entries, so Redis memory stays bounded
 * @param publishTimeout how long one round may wait for Redis before it gives up and leaves the events for later
 * @param enabled whether this instance relays at all
 */
@ConfigurationProperties("trialline.queue.outbox")
record OutboxProperties(
        @DefaultValue("queue.events") String stream,
        @DefaultValue("500") int batchSize,
        @DefaultValue("500ms") Duration interval,
        @DefaultValue("1000000") long maxStreamLength,
        @DefaultValue("5s") Duration publishTimeout,
        @DefaultValue("true") boolean enabled) {}
