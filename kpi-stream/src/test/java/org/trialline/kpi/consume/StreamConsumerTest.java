package org.trialline.kpi.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trialline.events.QueueEvent;
import org.trialline.kpi.CentreEvents;
import org.trialline.kpi.GoldenDay;
import org.trialline.kpi.KpiRedisTest;
import org.trialline.kpi.view.Group;
import org.trialline.kpi.view.Snapshot;
import org.trialline.kpi.view.Snapshots;
import tools.jackson.databind.json.JsonMapper;

/** The consumer group on a real Redis stream, written the way queue-service's outbox relay writes it. */
class StreamConsumerTest extends KpiRedisTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant GOLDEN_CLOCK = Instant.parse("2026-03-10T09:07:31Z");

    @Autowired
    StreamConsumer consumer;

    @Autowired
    Snapshots snapshots;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void quickRetries(DynamicPropertyRegistry registry) {
        registry.add("trialline.kpi.claim-idle", () -> "1s");
        registry.add("trialline.kpi.claim-every", () -> "250ms");
        registry.add("trialline.kpi.max-tries", () -> "3");
    }

    @AfterEach
    void keepReading() {
        if (!consumer.isRunning()) {
            consumer.start();
        }
    }

    private RedisReactiveCommands<String, String> redis() {
        return connections.commands();
    }

    private String publish(QueueEvent event) {
        return publish(json, event);
    }

    private String publish(Map<String, String> fields) {
        return redis().xadd(stream(), fields).block(WAIT);
    }

    private Snapshot gold() {
        directory.forget();
        return snapshots.read(Group.queue(GoldenDay.GOLD)).block(WAIT);
    }

    /** Waits until the golden morning has been taken in whole and nothing is pending, then answers GOLD's snapshot. */
    private Snapshot awaitGolden() {
        return await(() -> {
            try {
                Snapshot snapshot = gold();
                long pending =
                        redis().xpending(stream(), "kpi-stream").block(WAIT).getCount();
                boolean complete = snapshot.asOf().equals(GOLDEN_CLOCK)
                        && snapshot.windows().get("today").offered() == 9
                        && snapshot.windows().get("today").handled() == 4
                        && snapshot.windows().get("today").disposed() == 3
                        && snapshot.windows().get("today").surveys() == 2
                        && pending == 0;
                return complete ? snapshot : null;
            } catch (RuntimeException notYet) {
                return null;
            }
        });
    }

    private List<StreamMessage<String, String>> deadLetters() {
        return redis().xrange(deadLetterStream(), Range.create("-", "+"))
                .collectList()
                .block(WAIT);
    }

    @Test
    void theGoldenMorningPublishedTwiceShouldGiveTheHandComputedFigures() {
        List<QueueEvent> events = GoldenDay.events();
        events.forEach(this::publish);
        events.forEach(this::publish);

        GoldenDay.assertQueueGold(awaitGolden());
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void entriesThatBreakTheContractShouldBeDeadLetteredWithTheReasonAndTheRestApplied() {
        List<QueueEvent> events = GoldenDay.events();
        events.subList(0, 10).forEach(this::publish);
        publish(Map.of("eventId", UUID.randomUUID().toString(), "type", "contact.queued", "payload", "{not json"));
        publish(Map.of("eventId", UUID.randomUUID().toString(), "type", "contact.queued"));
        UUID c4 = CentreEvents.contact("c4");
        String survey = """
                {"type":"contact.survey-answered","eventId":"%s","occurredAt":"2026-03-10T09:00:00Z",
                 "queueId":"GOLD","contactId":"%s","score":9,"version":1}""".formatted(UUID.randomUUID(), c4);
        publish(Map.of("type", "contact.survey-answered", "payload", survey));
        String future = """
                {"type":"contact.queued","eventId":"%s","occurredAt":"2026-03-10T09:00:00Z",
                 "queueId":"GOLD","contactId":"%s","version":2}""".formatted(UUID.randomUUID(), UUID.randomUUID());
        publish(Map.of("type", "contact.queued", "payload", future));
        events.subList(10, events.size()).forEach(this::publish);

        GoldenDay.assertQueueGold(awaitGolden());
        List<StreamMessage<String, String>> dead = deadLetters();
        assertThat(dead).hasSize(4);
        assertThat(dead.get(0).getBody().get("reason")).contains("not a queue event");
        assertThat(dead.get(0).getBody()).containsEntry("entry.payload", "{not json");
        assertThat(dead.get(1).getBody().get("reason")).contains("no payload");
        assertThat(dead.get(2).getBody().get("reason")).contains("score");
        assertThat(dead.get(3).getBody().get("reason")).contains("version 2");
    }

    @Test
    void entriesLeftPendingByADeadConsumerShouldBeTakenOverAndNothingLost() {
        consumer.stop();
        consumer.createGroup().block(WAIT);
        GoldenDay.events().forEach(this::publish);
        // a consumer of the group takes every entry and dies before acknowledging any
        List<StreamMessage<String, String>> taken = redis().xreadgroup(
                        Consumer.from("kpi-stream", "died-" + RUN),
                        XReadArgs.Builder.count(1000),
                        XReadArgs.StreamOffset.lastConsumed(stream()))
                .collectList()
                .block(WAIT);
        assertThat(taken).hasSize(GoldenDay.events().size());
        assertThat(redis().xpending(stream(), "kpi-stream").block(WAIT).getCount())
                .isEqualTo(GoldenDay.events().size());

        consumer.start();

        GoldenDay.assertQueueGold(awaitGolden());
    }

    @Test
    void anEntryThatKeepsFailingShouldGoToTheDeadLetterStreamAfterMaxTriesAndStopNothing() {
        List<QueueEvent> events = new ArrayList<>(GoldenDay.events());
        // a contact whose key holds a plain string: every attempt to merge into it fails with WRONGTYPE
        UUID broken = UUID.randomUUID();
        redis().set(prefix() + "contact:" + broken, "not a hash").block(WAIT);
        String template = """
                {"type":"contact.queued","eventId":"%s","occurredAt":"2026-03-10T09:00:00Z",
                 "queueId":"GOLD","contactId":"%s","patientReference":null,"version":1}""";
        String poisoned = String.format(template, UUID.randomUUID(), broken);
        publish(Map.of("type", "contact.queued", "payload", poisoned));
        events.forEach(this::publish);

        List<StreamMessage<String, String>> dead = await(() -> {
            List<StreamMessage<String, String>> letters = deadLetters();
            return letters.isEmpty() ? null : letters;
        });

        assertThat(dead).singleElement().satisfies(letter -> {
            assertThat(letter.getBody().get("reason"))
                    .contains("failed 3 deliveries")
                    .contains("WRONGTYPE");
            assertThat(letter.getBody().get("entry.payload")).contains(broken.toString());
        });
        // the poisoned contact is not counted, and the morning is whole: c0-c8 of GOLD
        GoldenDay.assertQueueGold(awaitGolden());
    }
}
