package org.trialline.kpi.state;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialline.events.Disposition;
import org.trialline.events.EndedBy;
import org.trialline.events.LeaveReason;

/**
 * What one contact adds to its group's figures, worked out from its facts alone. Since the figures of a group are the
 * sums of its contacts' contributions, replacing a contact's old contribution by its new one keeps them right whatever
 * order its events came in.
 */
public record Contribution(Map<Counter, Long> counters, Set<FunnelStage> stages) {

    public static final Contribution NONE = new Contribution(Map.of(), Set.of());

    public static Contribution of(ContactFacts facts, QueueSettings queue) {
        if (facts.enqueuedAt() == null) {
            // until it is known when the contact entered the queue, it belongs to no interval
            return NONE;
        }
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        counters.put(Counter.OFFERED, 1L);
        long withinMillis = queue.serviceLevelSeconds() * 1000L;
        long shortMillis = queue.shortAbandonSeconds() * 1000L;
        Instant answered = facts.answeredAt();
        Instant left = answered == null ? facts.leftAt() : null;
        if (answered != null) {
            long wait = millis(facts.enqueuedAt(), answered);
            counters.put(Counter.ANSWERED, 1L);
            counters.put(Counter.ANSWERED_WAIT_MS, wait);
            if (wait <= withinMillis) {
                counters.put(Counter.ANSWERED_WITHIN, 1L);
                counters.put(Counter.LEFT_WITHIN, 1L);
            }
        } else if (left != null) {
            long wait = millis(facts.enqueuedAt(), left);
            boolean abandoned = facts.leaveReason() == LeaveReason.ABANDONED;
            boolean shortAbandon = abandoned && wait <= shortMillis;
            if (shortAbandon) {
                counters.put(Counter.SHORT_ABANDONED, 1L);
            } else if (abandoned) {
                counters.put(Counter.ABANDONED, 1L);
                if (wait > withinMillis) {
                    counters.put(Counter.ABANDONED_AFTER, 1L);
                }
            } else {
                counters.put(Counter.LEFT_OTHER, 1L);
                if (facts.leaveReason() == LeaveReason.CALLBACK_REQUESTED) {
                    counters.put(Counter.CALLBACKS_REQUESTED, 1L);
                }
            }
            if (!shortAbandon && wait <= withinMillis) {
                counters.put(Counter.LEFT_WITHIN, 1L);
            }
        }
        if (answered != null && facts.endedAt() != null) {
            long connected = millis(answered, facts.endedAt());
            long hold = Math.min(connected, holdMillis(facts));
            counters.put(Counter.HANDLED, 1L);
            counters.put(Counter.TALK_MS, connected - hold);
            counters.put(Counter.HOLD_MS, hold);
            if (facts.endedBy() == EndedBy.TRANSFER) {
                counters.put(Counter.TRANSFERRED, 1L);
            }
            if (facts.wrappedAt() != null) {
                counters.put(Counter.AFTER_WORK_MS, millis(facts.endedAt(), facts.wrappedAt()));
                counters.put(Counter.DISPOSED, 1L);
                if (facts.disposition() == Disposition.RESOLVED_FIRST_CONTACT) {
                    counters.put(Counter.RESOLVED_FIRST_CONTACT, 1L);
                }
            }
        }
        if (facts.surveyScore() != null) {
            counters.put(Counter.SURVEYS, 1L);
            counters.put(Counter.SURVEY_SCORE_SUM, (long) facts.surveyScore());
            if (facts.surveyScore() >= 4) {
                counters.put(Counter.SURVEYS_SATISFIED, 1L);
            }
        }
        Set<FunnelStage> stages = facts.patientReference() == null
                ? EnumSet.noneOf(FunnelStage.class)
                : FunnelStage.reachedBy(facts.wrappedAt() == null ? null : facts.disposition());
        return new Contribution(counters, stages);
    }

    /**
     * Time on hold between answering and ending: each hold runs from its start to the first end after it, or to the
     * end of the contact when no end was reported.
     */
    static long holdMillis(ContactFacts facts) {
        List<Instant> starts = facts.holdStarts();
        List<Instant> ends = facts.holdEnds();
        long total = 0;
        int next = 0;
        Instant coveredUntil = facts.answeredAt();
        for (Instant start : starts) {
            if (start.isBefore(coveredUntil)) {
                start = coveredUntil;
            }
            while (next < ends.size() && ends.get(next).isBefore(start)) {
                next++;
            }
            Instant end = next < ends.size() ? ends.get(next++) : facts.endedAt();
            if (end.isAfter(facts.endedAt())) {
                end = facts.endedAt();
            }
            if (end.isAfter(start)) {
                total += millis(start, end);
                coveredUntil = end;
            }
        }
        return total;
    }

    private static long millis(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }
}
