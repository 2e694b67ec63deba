package org.trialline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QueueEventJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void contactQueuedShouldReadFromTheDocumentedShape() {
        String document = """
                {"type":"contact.queued","eventId":"1b4e28ba-2fa1-11d2-883f-0016d3cca427",
                 "occurredAt":"1999-01-03T08:15:42Z","queueId":"HEART-2/es/voice",
                 "contactId":"6fa459ea-ee8a-3ca4-894e-db77e160355e","patientReference":"P-0042","version":1}
                """;

        QueueEvent event = json.readValue(document, QueueEvent.class);

        assertThat(event)
                .isEqualTo(new ContactQueued(
                        UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
                        Instant.parse("1999-01-03T08:15:42Z"),
                        "HEART-2/es/voice",
                        UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e"),
                        "P-0042",
                        1));
    }

    @Test
    void agentStateChangedShouldWriteItsTypeName() {
        AgentStateChanged changed = new AgentStateChanged(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                Instant.parse("2026-12-03T09:00:00Z"),
                null,
                "agent-7",
                AgentState.BREAK,
                "lunch",
                Instant.parse("2026-12-03T09:00:00Z"),
                QueueEvent.CURRENT_VERSION);

        JsonNode written = json.valueToTree(changed);

        assertThat(written.path("type").asString()).isEqualTo("agent.state-changed");
        assertThat(written.path("state").asString()).isEqualTo("BREAK");
        assertThat(json.treeToValue(written, QueueEvent.class)).isEqualTo(changed);
    }

    @Test
    void surveyScoreOutsideOneToFiveShouldBeRefused() {
        assertThatThrownBy(() -> new SurveyAnswered(
                        UUID.randomUUID(), Instant.now(), "q", UUID.randomUUID(), 6, QueueEvent.CURRENT_VERSION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6");
    }

    @Test
    void eventWithoutIdShouldBeRefused() {
        String document = """
                {"type":"contact.answered","occurredAt":"1999-01-03T08:15:42Z","queueId":"q",
                 "contactId":"6fa459ea-ee8a-3ca4-894e-db77e160355e","agentId":"a","version":1}
                """;

        assertThatThrownBy(() -> json.readValue(document, QueueEvent.class)).hasStackTraceContaining("eventId");
    }

    @Test
    void queueConfiguredShouldReadFromTheDocumentedShape() {
        String document = """
                {"type":"queue.configured","eventId":"1b4e28ba-2fa1-11d2-883f-0016d3cca428",
                 "occurredAt":"2026-12-03T07:00:00Z","queueId":"HEART-2.es.voice","trial":"HEART-2",
                 "language":"es","channel":"VOICE","serviceLevelTarget":0.8,"serviceLevelSeconds":20,
                 "serviceLevelVariant":"CONNECT","shortAbandonSeconds":5,"priority":2,"version":1}
                """;

        QueueEvent event = json.readValue(document, QueueEvent.class);

        assertThat(event)
                .isEqualTo(new QueueConfigured(
                        UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca428"),
                        Instant.parse("2026-12-03T07:00:00Z"),
                        "HEART-2.es.voice",
                        "HEART-2",
                        "es",
                        Channel.VOICE,
                        0.8,
                        20,
                        ServiceLevelVariant.CONNECT,
                        5,
                        2,
                        1));
    }

    @Test
    void agentConfiguredShouldSurviveARoundTripAndSayWhichQueuesItServes() {
        AgentConfigured configured = new AgentConfigured(
                UUID.fromString("00000000-0000-0000-0000-000000000002"),
                Instant.parse("2026-12-03T07:00:00Z"),
                null,
                "agent-7",
                "Ana",
                java.util.Map.of("es", 5, "en", 3),
                java.util.Set.of("HEART-2"),
                java.util.Set.of(Channel.VOICE, Channel.CHAT),
                QueueEvent.CURRENT_VERSION);

        JsonNode written = json.valueToTree(configured);

        assertThat(written.path("type").asString()).isEqualTo("agent.configured");
        assertThat(json.treeToValue(written, QueueEvent.class)).isEqualTo(configured);
        assertThat(configured.serves("HEART-2", "es", Channel.VOICE)).isTrue();
        assertThat(configured.serves("HEART-2", "fr", Channel.VOICE)).isFalse();
        assertThat(configured.serves("LUNG-1", "es", Channel.VOICE)).isFalse();
        assertThat(configured.serves("HEART-2", "es", Channel.SMS)).isFalse();
    }

    @Test
    void queueConfiguredWithATargetAboveOneShouldBeRefused() {
        assertThatThrownBy(() -> new QueueConfigured(
                        UUID.randomUUID(),
                        Instant.now(),
                        "q",
                        "T",
                        "en",
                        Channel.VOICE,
                        1.5,
                        20,
                        ServiceLevelVariant.STANDARD,
                        5,
                        0,
                        1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceLevelTarget");
    }
}
