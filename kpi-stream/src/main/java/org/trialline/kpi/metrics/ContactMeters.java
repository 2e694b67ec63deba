package org.trialline.kpi.metrics;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Meters of what happens to contacts, tagged by queue and outcome, never by patient or agent. The exit timer has
 * buckets at the usual service-level times, so a dashboard can read "answered within 20 s" from it directly.
 */
@Component
public class ContactMeters {

    private static final Duration[] SERVICE_LEVEL_BUCKETS = {
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(15),
        Duration.ofSeconds(20),
        Duration.ofSeconds(30),
        Duration.ofSeconds(45),
        Duration.ofSeconds(60),
        Duration.ofSeconds(90),
        Duration.ofSeconds(120),
        Duration.ofSeconds(300)
    };

    private final MeterRegistry registry;

    ContactMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A contact left the queue: answered, abandoned or otherwise, after waiting so long. */
    public void exited(String queueId, String outcome, Duration wait) {
        Timer.builder("trialline.queue.exit")
                .description("Time from entering the queue to being answered or leaving it")
                .tag("queue", queueId)
                .tag("outcome", outcome)
                .serviceLevelObjectives(SERVICE_LEVEL_BUCKETS)
                .register(registry)
                .record(wait);
    }

    /** A contact was wrapped up: talk, hold and after-contact work together. */
    public void handled(String queueId, Duration handleTime) {
        Timer.builder("trialline.contact.handle")
                .description("Handle time of a contact: talk, hold and after-contact work")
                .tag("queue", queueId)
                .serviceLevelObjectives(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(3),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(20))
                .register(registry)
                .record(handleTime);
    }

    public void surveyed(String queueId, int score) {
        DistributionSummary.builder("trialline.survey.score")
                .description("Post-contact survey scores, 1 to 5")
                .tag("queue", queueId)
                .serviceLevelObjectives(1, 2, 3, 4, 5)
                .register(registry)
                .record(score);
    }
}
