package org.trialline.callrecords;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.trialline.events.AgentState;
import org.trialline.events.AgentStateChanged;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactOfferMissed;
import org.trialline.events.ContactOffered;
import org.trialline.events.ContactQueued;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.QueueEvent;

/**
 * Reads an Asterisk {@code queue_log} ({@code epoch|callid|queue|agent|event|data1|data2|...}) and turns each line
 * into the queue events it records: a caller entering, being offered to and answered by an agent, hanging up or
 * leaving the queue, and agents pausing, logging in and out, joining and leaving queues. Events that record none of
 * this, including any an Asterisk version newer than this importer adds, are skipped with their name.
 */
public final class AsteriskQueueLog {

    private static final String SOURCE = "asterisk";
    private static final String NONE = "NONE";
    private static final int FIXED_FIELDS = 5;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");

    /** Parses lazily; every line yields one {@link ImportedLine}. */
    public Stream<ImportedLine> parse(BufferedReader reader) {
        return NumberedLines.of(reader).map(line -> parseLine(line.number(), line.text()));
    }

    /** Parses a plain or gzipped file; close the stream to close the file. */
    public Stream<ImportedLine> parse(Path file) throws IOException {
        BufferedReader reader = RecordFiles.open(file);
        return parse(reader).onClose(() -> RecordFiles.close(reader));
    }

    private ImportedLine parseLine(long lineNumber, String text) {
        if (text.isBlank()) {
            return new ImportedLine.Skipped(lineNumber, "blank line");
        }
        try {
            return toImported(lineNumber, Entry.of(text));
        } catch (MalformedFieldException e) {
            return new ImportedLine.Malformed(lineNumber, e.getMessage());
        }
    }

    // TRANSFER is the single event Asterisk wrote before version 12. PAUSEALL and UNPAUSEALL are skipped because
    // Asterisk follows each with one PAUSE or UNPAUSE line per queue, which carry the change.
    private ImportedLine toImported(long lineNumber, Entry entry) {
        return switch (entry.event()) {
            case "ENTERQUEUE" -> recorded(lineNumber, queued(entry));
            case "CONNECT" -> recorded(lineNumber, answered(entry));
            case "RINGNOANSWER" -> new ImportedLine.Recorded(lineNumber, missedOffer(entry));
            case "COMPLETECALLER" -> recorded(lineNumber, ended(entry, EndedBy.PATIENT));
            case "COMPLETEAGENT" -> recorded(lineNumber, ended(entry, EndedBy.AGENT));
            case "BLINDTRANSFER", "ATTENDEDTRANSFER", "TRANSFER" ->
                recorded(lineNumber, ended(entry, EndedBy.TRANSFER));
            case "ABANDON" -> recorded(lineNumber, leftQueue(entry, LeaveReason.ABANDONED));
            case "EXITWITHTIMEOUT" -> recorded(lineNumber, leftQueue(entry, LeaveReason.TIMEOUT));
            case "EXITWITHKEY" -> recorded(lineNumber, leftQueue(entry, LeaveReason.EXIT_KEY));
            case "EXITEMPTY" -> recorded(lineNumber, leftQueue(entry, LeaveReason.FLOW_OUT));
            case "ADDMEMBER" -> membership(lineNumber, entry, true);
            case "REMOVEMEMBER" -> membership(lineNumber, entry, false);
            case "PAUSE" -> recorded(lineNumber, agentState(entry, AgentState.BREAK, entry.data(1)));
            case "UNPAUSE", "AGENTLOGIN" -> recorded(lineNumber, agentState(entry, AgentState.AVAILABLE, null));
            case "AGENTLOGOFF" -> recorded(lineNumber, agentState(entry, AgentState.OFFLINE, null));
            default -> new ImportedLine.Skipped(lineNumber, "event " + entry.event() + " is not imported");
        };
    }

    private static ImportedLine recorded(long lineNumber, QueueEvent event) {
        return new ImportedLine.Recorded(lineNumber, List.of(event));
    }

    private static ContactQueued queued(Entry entry) {
        // data2 is the caller's number: personal data that stays out of the patient reference.
        return new ContactQueued(
                entry.eventId("queued"),
                entry.at(),
                entry.queue(),
                entry.contactId(),
                null,
                QueueEvent.CURRENT_VERSION);
    }

    private static ContactAnswered answered(Entry entry) {
        return new ContactAnswered(
                entry.eventId("answered"),
                entry.at(),
                entry.queue(),
                entry.contactId(),
                entry.agent(),
                QueueEvent.CURRENT_VERSION);
    }

    private static List<QueueEvent> missedOffer(Entry entry) {
        long ringSeconds = entry.wholeNumber(1, "ringtime") / 1000;
        return List.of(
                new ContactOffered(
                        entry.eventId("offered"),
                        entry.at().minusSeconds(ringSeconds),
                        entry.queue(),
                        entry.contactId(),
                        entry.agent(),
                        QueueEvent.CURRENT_VERSION),
                new ContactOfferMissed(
                        entry.eventId("offer-missed"),
                        entry.at(),
                        entry.queue(),
                        entry.contactId(),
                        entry.agent(),
                        QueueEvent.CURRENT_VERSION));
    }

    private static ContactEnded ended(Entry entry, EndedBy endedBy) {
        return new ContactEnded(
                entry.eventId("ended"),
                entry.at(),
                entry.queue(),
                entry.contactId(),
                entry.agent(),
                endedBy,
                QueueEvent.CURRENT_VERSION);
    }

    private static ContactLeftQueue leftQueue(Entry entry, LeaveReason reason) {
        return new ContactLeftQueue(
                entry.eventId("left-queue"),
                entry.at(),
                entry.queue(),
                entry.contactId(),
                reason,
                QueueEvent.CURRENT_VERSION);
    }

    private static ImportedLine membership(long lineNumber, Entry entry, boolean joined) {
        return new ImportedLine.MembershipChanged(lineNumber, entry.at(), entry.queue(), entry.agent(), joined);
    }

    private static AgentStateChanged agentState(Entry entry, AgentState state, String reason) {
        String queue = NONE.equals(entry.queueField()) ? null : entry.queueField();
        return new AgentStateChanged(
                StableIds.of(SOURCE, "agent", entry.agent(), entry.queueField(), entry.epoch(), entry.event()),
                entry.at(),
                queue,
                entry.agent(),
                state,
                reason == null || reason.isBlank() ? null : reason,
                entry.at(),
                QueueEvent.CURRENT_VERSION);
    }

    /**
     * One line split into its fields. The accessors for the call id, queue and agent check the field only when the
     * event needs it, because Asterisk writes {@code NONE} where a field does not apply.
     */
    private record Entry(
            String epoch,
            Instant at,
            String callIdField,
            String queueField,
            String agentField,
            String event,
            List<String> data) {

        static Entry of(String text) {
            String[] fields = text.split("\\|", -1);
            if (fields.length < FIXED_FIELDS) {
                throw new MalformedFieldException(
                        "expected at least " + FIXED_FIELDS + " |-separated fields, found " + fields.length);
            }
            String epoch = fields[0];
            if (!WHOLE_NUMBER.matcher(epoch).matches()) {
                throw MalformedFieldException.of("epoch", epoch, "whole seconds since 1970");
            }
            String event = fields[4];
            if (event.isBlank()) {
                throw MalformedFieldException.of("event", event, "an event name");
            }
            return new Entry(
                    epoch,
                    Instant.ofEpochSecond(Long.parseLong(epoch)),
                    fields[1],
                    fields[2],
                    fields[3],
                    event,
                    Arrays.asList(fields).subList(FIXED_FIELDS, fields.length));
        }

        String callId() {
            return named("callid", callIdField);
        }

        String queue() {
            return named("queue", queueField);
        }

        String agent() {
            return named("agent", agentField);
        }

        /** The n-th event parameter, counted from 1 as the Asterisk documentation does; empty when absent. */
        String data(int n) {
            return n <= data.size() ? data.get(n - 1) : "";
        }

        long wholeNumber(int n, String name) {
            String value = data(n);
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                throw MalformedFieldException.of("data" + n + " (" + name + ")", value, "a whole number");
            }
            return Long.parseLong(value);
        }

        UUID contactId() {
            // A call that overflows to another queue keeps its Asterisk id; each queue counts it as its own contact.
            return StableIds.of(SOURCE, callId(), queue());
        }

        UUID eventId(String kind) {
            return StableIds.of(SOURCE, callId(), queue(), epoch, event, agentField, kind);
        }

        private String named(String field, String value) {
            if (value.isBlank() || NONE.equals(value)) {
                throw new MalformedFieldException(field + " is '" + value + "', but " + event + " needs one");
            }
            return value;
        }
    }
}
