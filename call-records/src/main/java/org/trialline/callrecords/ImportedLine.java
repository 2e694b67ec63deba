package org.trialline.callrecords;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trialline.events.QueueEvent;

/**
 * What an importer made of one line of a telephony record file: the queue events it records, a reason it carries
 * none, why it could not be read, or a change in an agent's queue membership. Line numbers count from 1 and include
 * any header line, so an operator can find the line in the file.
 */
public sealed interface ImportedLine {

    long lineNumber();

    /** A line that records a contact or an agent's state: its events in the order they happened. */
    record Recorded(long lineNumber, List<QueueEvent> events) implements ImportedLine {

        public Recorded {
            events = List.copyOf(events);
        }
    }

    /** A well-formed line that records nothing the centre counts, such as a phantom call or a configuration reload. */
    record Skipped(long lineNumber, String reason) implements ImportedLine {

        public Skipped {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A line that could not be read; the message names the field and the value found there. */
    record Malformed(long lineNumber, String message) implements ImportedLine {

        public Malformed {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * An agent joined or left a queue. The event contract has no membership event yet, so the importer hands these to
     * its caller as they are.
     */
    record MembershipChanged(long lineNumber, Instant at, String queueId, String agentId, boolean joined)
            implements ImportedLine {

        public MembershipChanged {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(queueId, "queueId");
            Objects.requireNonNull(agentId, "agentId");
        }
    }
}
