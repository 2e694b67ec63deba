package org.trialline.wfm.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A roster problem as a planner sends it and as it is stored: times are local to {@code timeZone} (the centre's when
 * absent), the horizon is {@code weeks} seven-day blocks from {@code firstDay}.
 */
public record RosterRequest(
        String name,
        String timeZone,
        LocalDate firstDay,
        Integer weeks,
        List<QueueSpec> queues,
        List<AgentSpec> agents,
        List<TemplateSpec> templates) {

    /**
     * A queue to staff. Without {@code demand} its need is the requirements endpoint's scheduled agents per interval.
     */
    public record QueueSpec(String id, String language, String trial, List<DemandSpec> demand) {}

    /**
     * Agents wanted from {@code start} to {@code end}.
     *
     * @param templateId when set, only shifts of this template count (day-based cover per shift type)
     */
    public record DemandSpec(
            LocalDateTime start,
            LocalDateTime end,
            Integer agents,
            Integer underWeight,
            Integer overWeight,
            String templateId) {}

    public record AgentSpec(
            String id,
            String name,
            List<String> languages,
            List<String> trials,
            List<String> queues,
            ContractSpec contract,
            List<LocalDate> daysOff,
            List<SpanSpec> unavailable,
            List<RequestSpec> requests) {}

    public record ContractSpec(
            Integer minMinutesPerWeek,
            Integer maxMinutesPerWeek,
            Integer minMinutesInHorizon,
            Integer maxMinutesInHorizon,
            Map<String, Integer> maxShiftsPerTemplate,
            Integer minConsecutiveWorkingDays,
            Integer maxConsecutiveWorkingDays,
            Integer minConsecutiveDaysOff,
            Integer maxWeekends,
            Integer minRestMinutes,
            List<Contract.Succession> forbiddenSuccessions) {}

    public record SpanSpec(LocalDateTime from, LocalDateTime to) {}

    /** A shift-on ({@code on} true) or shift-off request; {@code weight} 1 when absent. */
    public record RequestSpec(LocalDate date, String templateId, Boolean on, Integer weight) {}

    public record TemplateSpec(
            String id, List<LocalTime> starts, Integer lengthMinutes, List<ShiftTemplate.Break> breaks, Boolean late) {}

    RosterRequest withQueues(List<QueueSpec> resolved) {
        return new RosterRequest(name, timeZone, firstDay, weeks, resolved, agents, templates);
    }

    RosterRequest withAgents(List<AgentSpec> changed) {
        return new RosterRequest(name, timeZone, firstDay, weeks, queues, changed, templates);
    }

    int days() {
        return weeks * 7;
    }
}
