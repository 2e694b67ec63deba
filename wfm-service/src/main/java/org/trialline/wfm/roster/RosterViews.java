package org.trialline.wfm.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** What the roster API answers; scores go out as these records, never as OptaPlanner's own types. */
final class RosterViews {

    private RosterViews() {}

    /**
     * A score: {@code hard} below 0 breaks labour rules, {@code medium} below 0 counts agents missing (times their
     * weights), {@code soft} weighs the rest.
     */
    record ScoreView(int hard, int medium, int soft, boolean feasible, String text) {

        static ScoreView of(HardMediumSoftScore score) {
            if (score == null) {
                return null;
            }
            return new ScoreView(
                    score.hardScore(), score.mediumScore(), score.softScore(), score.isFeasible(), score.toString());
        }
    }

    /**
     * A roster as it stands.
     *
     * @param agents every agent of the problem in its order, those without a shift too
     */
    record RosterView(
            UUID id,
            String name,
            RosterStatus status,
            LocalDate firstDay,
            int weeks,
            String timeZone,
            Instant publishedAt,
            ScoreView score,
            List<AgentView> agents,
            List<ShiftView> shifts) {}

    record AgentView(String id, String name) {}

    /** A roster as listed for picking one: no problem, no shifts. */
    record RosterSummary(UUID id, String name, RosterStatus status, LocalDate firstDay, int weeks) {}

    /**
     * A worked day.
     *
     * @param pinned kept as it was by a re-plan, having started before it
     * @param changed differs from the published roster
     */
    record ShiftView(
            String agentId,
            String agentName,
            LocalDate date,
            String templateId,
            LocalDateTime start,
            LocalDateTime end,
            String queueId,
            boolean pinned,
            boolean changed) {}

    record CoverageRow(String queueId, LocalDateTime start, LocalDateTime end, int required, int covered) {}

    record Coverage(UUID rosterId, ScoreView score, List<CoverageRow> intervals) {}

    /**
     * A rule the roster breaks.
     *
     * @param level {@code hard}, {@code medium} or {@code soft}
     * @param penalty the rule's total on its level, a negative number
     * @param breaches each breach in words
     */
    record BrokenRule(String constraint, String level, int penalty, List<String> breaches) {}

    record Explanation(UUID rosterId, ScoreView score, String summary, List<BrokenRule> broken) {}

    /** A step of a solve, as sent to a listening page. */
    record RosterEvent(UUID rosterId, RosterStatus status, ScoreView score) {}

    /** Someone who called in sick: not available from {@code from} to {@code to}. */
    record SickCall(String agentId, LocalDateTime from, LocalDateTime to) {}

    record Created(UUID id) {}
}
