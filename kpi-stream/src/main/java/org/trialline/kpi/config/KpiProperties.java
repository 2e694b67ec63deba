package org.trialline.kpi.config;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How kpi-stream reads the queue events and keeps its state.
 *
 * @param stream the Redis stream queue-service publishes to
 * @param group the consumer group every kpi-stream instance joins
 * @param consumer this instance's name in the group; empty takes the host name and process id
 * @param deadLetterStream where an entry goes that cannot be read or keeps failing, with the reason
 * @param keyPrefix the prefix of every Redis key kpi-stream writes
 * @param timeZone the centre's time zone, in which "today" is counted
 * @param dayStartsAt the local time at which "today" begins
 * @param batchSize entries read at a time
 * @param concurrency entries applied at once; the state is the same in any order
 * @param maxTries deliveries before an entry that keeps failing goes to the dead-letter stream
 * @param claimIdle how long an entry stays pending with a consumer before another may take it over
 * @param claimEvery how often this instance looks for such entries
 * @param dedupeFor how long an applied eventId is remembered
 * @param refreshEvery how often changed groups are computed again for their subscribers
 * @param lagLimit a subscriber that has not taken what it was sent for this long is closed
 * @param minuteBucketsFor how long per-minute figures are kept (the rolling windows need the last hour)
 * @param dayBucketsFor how long per-day figures are kept
 * @param waitingListed the longest-waiting contacts a snapshot names one by one; all are counted
 */
@ConfigurationProperties("trialline.kpi")
public record KpiProperties(
        @DefaultValue("queue.events") String stream,
        @DefaultValue("kpi-stream") String group,
        @DefaultValue("") String consumer,
        @DefaultValue("queue.events.dead") String deadLetterStream,
        @DefaultValue("kpi:") String keyPrefix,
        @DefaultValue("UTC") ZoneId timeZone,
        @DefaultValue("00:00") LocalTime dayStartsAt,
        @DefaultValue("200") int batchSize,
        @DefaultValue("32") int concurrency,
        @DefaultValue("5") int maxTries,
        @DefaultValue("30s") Duration claimIdle,
        @DefaultValue("5s") Duration claimEvery,
        @DefaultValue("8d") Duration dedupeFor,
        @DefaultValue("50ms") Duration refreshEvery,
        @DefaultValue("30s") Duration lagLimit,
        @DefaultValue("3h") Duration minuteBucketsFor,
        @DefaultValue("8d") Duration dayBucketsFor,
        @DefaultValue("50") int waitingListed,
        Thresholds thresholds) {

    public KpiProperties {
        if (thresholds == null) {
            thresholds = new Thresholds(0.8, 0.7, 60, 120, 0.05, 0.1);
        }
    }

    /**
     * The thresholds a queue has until a supervisor sets its own.
     *
     * @param serviceLevelWarn service level under this warns
     * @param serviceLevelAlert service level under this alerts
     * @param oldestWaitWarnSeconds an oldest wait over this warns
     * @param oldestWaitAlertSeconds an oldest wait over this alerts
     * @param abandonmentWarn an abandonment rate over this warns
     * @param abandonmentAlert an abandonment rate over this alerts
     */
    public record Thresholds(
            @DefaultValue("0.8") double serviceLevelWarn,
            @DefaultValue("0.7") double serviceLevelAlert,
            @DefaultValue("60") long oldestWaitWarnSeconds,
            @DefaultValue("120") long oldestWaitAlertSeconds,
            @DefaultValue("0.05") double abandonmentWarn,
            @DefaultValue("0.1") double abandonmentAlert) {}
}
