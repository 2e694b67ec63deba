package org.trialline.kpi.consume;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.trialline.events.QueueEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns a stream entry into an event, or says in words why it breaks the event contract. */
@Component
public class EventReader {

    private final JsonMapper json;

    EventReader(JsonMapper json) {
        this.json = json;
    }

    /** Thrown for an entry that can never be applied, however often it is tried. */
    public static class ContractViolation extends RuntimeException {
        ContractViolation(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public QueueEvent read(Map<String, String> fields) {
        String payload = fields.get("payload");
        if (payload == null || payload.isBlank()) {
            throw new ContractViolation("the entry has no payload field", null);
        }
        QueueEvent event;
        try {
            event = json.readValue(payload, QueueEvent.class);
        } catch (JacksonException ex) {
            throw new ContractViolation("the payload is not a queue event: " + firstLine(ex.getOriginalMessage()), ex);
        }
        if (event.version() > QueueEvent.CURRENT_VERSION) {
            throw new ContractViolation(
                    "version " + event.version() + " is newer than the " + QueueEvent.CURRENT_VERSION
                            + " this consumer reads",
                    null);
        }
        String eventId = fields.get("eventId");
        if (eventId != null && !eventId.equals(event.eventId().toString())) {
            throw new ContractViolation(
                    "the entry's eventId " + eventId + " differs from the payload's " + event.eventId(), null);
        }
        return event;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
