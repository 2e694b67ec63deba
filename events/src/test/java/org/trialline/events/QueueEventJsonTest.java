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
}
