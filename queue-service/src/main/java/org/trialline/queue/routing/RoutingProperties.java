package org.trialline.queue.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How queue-service routes.
 *
 * @param offerTimeout how long an agent has to accept an offer before the contact goes back to the queue
 * @param interval how often the router looks again even when nothing told it to: after a restart, and for changes
 *     committed by another instance
 * @param enabled whether this instance routes at all
 */
@ConfigurationProperties("trialline.queue.routing")
record RoutingProperties(
        @DefaultValue("15s") Duration offerTimeout,
        @DefaultValue("1s") Duration interval,
        @DefaultValue("true") boolean enabled) {}
