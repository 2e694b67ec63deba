package org.trialline.kpi.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.GoldenDay;
import org.trialline.kpi.KpiRedisTest;
import org.trialline.kpi.KpiStreamApplication;
import org.trialline.kpi.view.Group;
import org.trialline.kpi.view.Snapshot;
import org.trialline.kpi.view.Snapshots;
import org.trialline.testsupport.RealInfrastructureInitializer;
import tools.jackson.databind.json.JsonMapper;

/** Two kpi-stream instances in one consumer group share the events and give the same answers. */
class TwoInstancesTest extends KpiRedisTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    Snapshots snapshots;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JsonMapper json;

    private ConfigurableApplicationContext second;

    @DynamicPropertySource
    static void smallBatches(DynamicPropertyRegistry registry) {
        // small batches, so that both instances get a share of a short morning
        registry.add("trialline.kpi.batch-size", () -> "3");
        registry.add("trialline.kpi.consumer", () -> "first");
    }

    @BeforeEach
    void startSecondInstance() {
        List<String> properties = new ArrayList<>(RealInfrastructureInitializer.properties());
        properties.add("server.port=0");
        properties.add("trialline.kpi.key-prefix=" + prefix());
        properties.add("trialline.kpi.stream=" + stream());
        properties.add("trialline.kpi.dead-letter-stream=" + deadLetterStream());
        properties.add("trialline.kpi.time-zone=UTC");
        properties.add("trialline.kpi.batch-size=3");
        properties.add("trialline.kpi.consumer=second");
        // as command-line arguments, which win over the service's own application.yml as they would in production
        second = new SpringApplicationBuilder(KpiStreamApplication.class)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void bothInstancesShouldTakeAShareAndGiveTheSameHandComputedFigures() throws InterruptedException {
        for (QueueEvent event : GoldenDay.events()) {
            publish(json, event);
            // a little apart, as calls arrive, so that both instances are reading
            Thread.sleep(5);
        }
        Snapshots secondSnapshots = second.getBean(Snapshots.class);

        // both read once every event is applied: a snapshot read just before the last one would lag a version
        Snapshot[] both = await(() -> {
            boolean allApplied = applied(meters) + applied(second.getBean(MeterRegistry.class))
                    == GoldenDay.events().size();
            Snapshot first = allApplied ? complete(snapshots) : null;
            Snapshot other = allApplied ? complete(secondSnapshots) : null;
            return first != null && other != null ? new Snapshot[] {first, other} : null;
        });
        Snapshot fromFirst = both[0];
        Snapshot fromSecond = both[1];

        GoldenDay.assertQueueGold(fromFirst);
        GoldenDay.assertQueueGold(fromSecond);
        assertThat(fromSecond).isEqualTo(fromFirst);
        assertThat(applied(meters)).isPositive();
        assertThat(applied(second.getBean(MeterRegistry.class))).isPositive();
        assertThat(applied(meters) + applied(second.getBean(MeterRegistry.class)))
                .isEqualTo(GoldenDay.events().size());
    }

    private static double applied(MeterRegistry registry) {
        var counter = registry.find("trialline.stream.entries")
                .tag("outcome", "applied")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Snapshot complete(Snapshots from) {
        try {
            directory.forget();
            second.getBean(org.trialline.kpi.state.Directory.class).forget();
            Snapshot snapshot = from.read(Group.queue(GoldenDay.GOLD)).block(WAIT);
            long pending = connections
                    .commands()
                    .xpending(stream(), "kpi-stream")
                    .block(WAIT)
                    .getCount();
            boolean done = snapshot.asOf().equals(Instant.parse("2026-03-10T09:07:31Z"))
                    && snapshot.windows().get("today").offered() == 9
                    && snapshot.windows().get("today").disposed() == 3
                    && snapshot.windows().get("today").surveys() == 2
                    && pending == 0;
            return done ? snapshot : null;
        } catch (RuntimeException notYet) {
            return null;
        }
    }
}
