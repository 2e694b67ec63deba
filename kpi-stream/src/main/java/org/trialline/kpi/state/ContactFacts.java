package org.trialline.kpi.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.trialline.events.AfterContactWorkEnded;
import org.trialline.events.ContactAnswered;
import org.trialline.events.ContactEnded;
import org.trialline.events.ContactEvent;
import org.trialline.events.ContactHoldEnded;
import org.trialline.events.ContactHoldStarted;
import org.trialline.events.ContactLeftQueue;
import org.trialline.events.ContactQueued;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;
import org.trialline.events.SurveyAnswered;

/**
 * What is known of one contact, merged from its events in whatever order and however often they arrived. Each fact
 * is a field of the contact's Redis hash written as {@code epochMillis|value...}; the merge keeps the earliest
 * entering, answering, leaving and ending, and the latest wrap-up and survey, so duplicates and reordering change
 * nothing.
 */
public record ContactFacts(
        String queueId,
        Instant enqueuedAt,
        String patientReference,
        Instant answeredAt,
        String agentId,
        Instant leftAt,
        LeaveReason leaveReason,
        Instant endedAt,
        EndedBy endedBy,
        Instant wrappedAt,
        Disposition disposition,
        Instant surveyedAt,
        Integer surveyScore,
        List<Instant> holdStarts,
        List<Instant> holdEnds) {

    static final String QUEUED = "queued";
    static final String ANSWERED = "answered";
    static final String LEFT = "left";
    static final String ENDED = "ended";
    static final String WRAPPED = "wrapped";
    static final String SURVEY = "survey";
    static final String HOLD_STARTED = "hs.";
    static final String HOLD_ENDED = "he.";

    /** How a fact field is merged with what is already there. */
    enum Merge {
        /** Keep the earliest. */
        MIN,
        /** Keep the latest. */
        MAX
    }

    /** One field an event contributes. */
    record Fact(String field, String value, Merge merge) {}

    /** The fact an event adds, or none when it adds nothing to the figures (an offer, a missed offer). */
    static List<Fact> of(ContactEvent event) {
        long at = event.occurredAt().toEpochMilli();
        if (event instanceof ContactQueued queued) {
            String patient = queued.patientReference() == null ? "" : queued.patientReference();
            return List.of(new Fact(QUEUED, join(at, queued.queueId(), patient), Merge.MIN));
        }
        if (event instanceof ContactAnswered answered) {
            return List.of(new Fact(ANSWERED, join(at, answered.agentId()), Merge.MIN));
        }
        if (event instanceof ContactLeftQueue left) {
            return List.of(new Fact(LEFT, join(at, left.reason().name()), Merge.MIN));
        }
        if (event instanceof ContactEnded ended) {
            return List.of(new Fact(ENDED, join(at, ended.endedBy().name(), ended.agentId()), Merge.MIN));
        }
        if (event instanceof AfterContactWorkEnded wrapped) {
            return List.of(new Fact(WRAPPED, join(at, wrapped.disposition().name(), wrapped.agentId()), Merge.MAX));
        }
        if (event instanceof SurveyAnswered survey) {
            return List.of(new Fact(SURVEY, join(at, Integer.toString(survey.score())), Merge.MAX));
        }
        if (event instanceof ContactHoldStarted) {
            return List.of(new Fact(HOLD_STARTED + at, Long.toString(at), Merge.MIN));
        }
        if (event instanceof ContactHoldEnded) {
            return List.of(new Fact(HOLD_ENDED + at, Long.toString(at), Merge.MIN));
        }
        return List.of();
    }

    /** Reads the facts from the contact's hash; fields kpi-stream keeps for itself are passed over. */
    static ContactFacts from(Map<String, String> hash) {
        String[] queued = split(hash.get(QUEUED), 3);
        String[] answered = split(hash.get(ANSWERED), 2);
        String[] left = split(hash.get(LEFT), 2);
        String[] ended = split(hash.get(ENDED), 3);
        String[] wrapped = split(hash.get(WRAPPED), 3);
        String[] survey = split(hash.get(SURVEY), 2);
        List<Instant> holdStarts = new ArrayList<>();
        List<Instant> holdEnds = new ArrayList<>();
        hash.forEach((field, value) -> {
            if (field.startsWith(HOLD_STARTED)) {
                holdStarts.add(Instant.ofEpochMilli(Long.parseLong(value)));
            } else if (field.startsWith(HOLD_ENDED)) {
                holdEnds.add(Instant.ofEpochMilli(Long.parseLong(value)));
            }
        });
        Collections.sort(holdStarts);
        Collections.sort(holdEnds);
        return new ContactFacts(
                queued == null ? null : queued[1],
                instant(queued),
                queued == null || queued[2].isEmpty() ? null : queued[2],
                instant(answered),
                answered == null ? null : answered[1],
                instant(left),
                left == null ? null : LeaveReason.valueOf(left[1]),
                instant(ended),
                ended == null ? null : EndedBy.valueOf(ended[1]),
                instant(wrapped),
                wrapped == null ? null : Disposition.valueOf(wrapped[1]),
                instant(survey),
                survey == null ? null : Integer.valueOf(survey[1]),
                List.copyOf(holdStarts),
                List.copyOf(holdEnds));
    }

    /** Whether the contact waits in its queue: entered, and neither answered nor gone. */
    public boolean waiting() {
        return enqueuedAt != null && answeredAt == null && leftAt == null;
    }

    private static String join(long at, String... values) {
        return at + "|" + String.join("|", values);
    }

    private static String[] split(String value, int parts) {
        return value == null ? null : value.split("\\|", parts);
    }

    private static Instant instant(String[] parts) {
        return parts == null ? null : Instant.ofEpochMilli(Long.parseLong(parts[0]));
    }
}
