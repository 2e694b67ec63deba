package org.trialline.queue.history;

import java.time.LocalDateTime;

/**
 * One queue over one interval or day, counted by the contacts that entered the queue in it, with the KPI definitions
 * of docs/ARCHITECTURE.md. A rate is absent when nothing counted towards it.
 *
 * @param start the interval's start in the centre's time zone
 * @param offered contacts that entered the queue, short abandons included
 * @param abandoned contacts that gave up waiting after the short-abandon threshold
 * @param shortAbandoned contacts that gave up within the short-abandon threshold; outside service level and
 *     abandonment rate
 * @param serviceLevel the share for the queue's variant, 0 to 1
 * @param abandonmentRate abandoned ÷ (offered − short abandoned)
 * @param asaSeconds mean wait of the answered
 * @param ahtSeconds mean talk + hold + after-contact work of the handled
 */
public record IntervalReport(
        String queueId,
        LocalDateTime start,
        LocalDateTime end,
        long offered,
        long answered,
        long abandoned,
        long shortAbandoned,
        long handled,
        Double serviceLevel,
        String serviceLevelVariant,
        int serviceLevelSeconds,
        Double abandonmentRate,
        Double asaSeconds,
        Double ahtSeconds) {

    /** Contacts that arrived, the figure a forecast is made from; the same as offered. */
    public long arrivals() {
        return offered;
    }
}
