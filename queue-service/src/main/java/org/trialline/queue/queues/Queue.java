package org.trialline.queue.queues;

import java.math.BigDecimal;
import org.trialline.events.Channel;
import org.trialline.events.ServiceLevelVariant;

/**
 * One line of the centre: a trial, a language and a channel, with the service level it promises.
 *
 * @param serviceLevelTarget share of contacts to answer within {@code serviceLevelSeconds}, between 0 and 1
 * @param shortAbandonSeconds contacts leaving sooner count as short abandons, outside service level and abandonment
 * @param priority contacts of a higher priority queue are offered first
 */
public record Queue(
        String id,
        String trial,
        String language,
        Channel channel,
        BigDecimal serviceLevelTarget,
        int serviceLevelSeconds,
        ServiceLevelVariant serviceLevelVariant,
        int shortAbandonSeconds,
        int priority,
        RoutedBy routedBy) {}
