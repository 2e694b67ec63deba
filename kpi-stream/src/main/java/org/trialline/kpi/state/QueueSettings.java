package org.trialline.kpi.state;

import java.util.Map;
import org.trialline.events.Channel;
import org.trialline.events.QueueConfigured;
import org.trialline.events.ServiceLevelVariant;

/**
 * What kpi-stream knows of a queue from its {@code queue.configured} event, or the defaults of the KPI definitions
 * for a queue it has only seen contacts of.
 */
public record QueueSettings(
        String queueId,
        String trial,
        String language,
        Channel channel,
        double serviceLevelTarget,
        int serviceLevelSeconds,
        ServiceLevelVariant serviceLevelVariant,
        int shortAbandonSeconds,
        boolean configured) {

    public static final int DEFAULT_SERVICE_LEVEL_SECONDS = 20;
    public static final int DEFAULT_SHORT_ABANDON_SECONDS = 5;

    /** A queue seen only in contact events: counted with the default T and short-abandon time, in no trial. */
    public static QueueSettings unconfigured(String queueId) {
        return new QueueSettings(
                queueId,
                null,
                null,
                null,
                0.8,
                DEFAULT_SERVICE_LEVEL_SECONDS,
                ServiceLevelVariant.STANDARD,
                DEFAULT_SHORT_ABANDON_SECONDS,
                false);
    }

    static QueueSettings of(QueueConfigured event) {
        return new QueueSettings(
                event.queueId(),
                event.trial(),
                event.language(),
                event.channel(),
                event.serviceLevelTarget(),
                event.serviceLevelSeconds(),
                event.serviceLevelVariant(),
                event.shortAbandonSeconds(),
                true);
    }

    Map<String, String> toHash(long at) {
        return Map.of(
                "at", Long.toString(at),
                "trial", trial,
                "language", language,
                "channel", channel.name(),
                "target", Double.toString(serviceLevelTarget),
                "seconds", Integer.toString(serviceLevelSeconds),
                "variant", serviceLevelVariant.name(),
                "shortAbandon", Integer.toString(shortAbandonSeconds));
    }

    static QueueSettings fromHash(String queueId, Map<String, String> hash) {
        if (hash == null || !hash.containsKey("trial")) {
            return unconfigured(queueId);
        }
        return new QueueSettings(
                queueId,
                hash.get("trial"),
                hash.get("language"),
                Channel.valueOf(hash.get("channel")),
                Double.parseDouble(hash.get("target")),
                Integer.parseInt(hash.get("seconds")),
                ServiceLevelVariant.valueOf(hash.get("variant")),
                Integer.parseInt(hash.get("shortAbandon")),
                true);
    }
}
