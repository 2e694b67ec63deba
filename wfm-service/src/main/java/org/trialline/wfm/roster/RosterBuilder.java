package org.trialline.wfm.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a stored problem, and the shifts already planned for it, into the solver's {@link Roster} and back. */
final class RosterBuilder {

    private RosterBuilder() {}

    /**
     * @param shifts the roster so far; empty for a problem not yet solved
     * @param published the published roster a re-plan should keep close to; null when not re-planning
     * @param pinBefore shifts starting before this, and days off before its day, stay as they are; null for none
     */
    static Roster build(
            RosterRequest request, List<ShiftRecord> shifts, List<ShiftRecord> published, LocalDateTime pinBefore) {
        LocalDateTime origin = request.firstDay().atStartOfDay();
        List<ShiftTemplate> templates = request.templates().stream()
                .map(spec -> new ShiftTemplate(
                        spec.id(),
                        spec.starts(),
                        spec.lengthMinutes(),
                        spec.breaks(),
                        Boolean.TRUE.equals(spec.late())))
                .toList();
        List<ShiftOption> options = templates.stream()
                .flatMap(template ->
                        template.starts().stream().distinct().map(start -> new ShiftOption(template, start)))
                .toList();
        List<Queue> queues = request.queues().stream()
                .map(spec -> new Queue(spec.id(), spec.language(), spec.trial()))
                .toList();
        Map<String, Queue> queuesById = queues.stream().collect(Collectors.toMap(Queue::id, Function.identity()));
        List<Demand> demands = new ArrayList<>();
        for (RosterRequest.QueueSpec spec : request.queues()) {
            for (RosterRequest.DemandSpec need :
                    spec.demand() == null ? List.<RosterRequest.DemandSpec>of() : spec.demand()) {
                demands.add(new Demand(
                        queuesById.get(spec.id()),
                        need.start(),
                        minutes(origin, need.start()),
                        minutes(origin, need.end()),
                        need.agents(),
                        need.underWeight() == null ? 1 : need.underWeight(),
                        need.overWeight() == null ? 1 : need.overWeight(),
                        need.templateId()));
            }
        }
        List<Agent> agents =
                request.agents().stream().map(spec -> agent(spec, request)).toList();
        List<ShiftRequest> requests = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            RosterRequest.AgentSpec spec = request.agents().get(i);
            for (RosterRequest.RequestSpec wish :
                    spec.requests() == null ? List.<RosterRequest.RequestSpec>of() : spec.requests()) {
                requests.add(new ShiftRequest(
                        agents.get(i),
                        (int) Duration.between(origin, wish.date().atStartOfDay())
                                .toDays(),
                        wish.date(),
                        wish.templateId(),
                        wish.on(),
                        wish.weight() == null ? 1 : wish.weight()));
            }
        }
        Days planned = new Days(shifts, options, queuesById);
        Days kept = published == null ? null : new Days(published, options, queuesById);
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (Agent agent : agents) {
            for (int day = 0; day < request.days(); day++) {
                LocalDate date = request.firstDay().plusDays(day);
                ShiftAssignment assignment = new ShiftAssignment(agent, day, date);
                ShiftRecord shift = planned.of(agent.id(), date);
                if (shift != null) {
                    assignment.with(planned.option(shift), queuesById.get(shift.queueId()));
                } else if (!shifts.isEmpty()) {
                    assignment.with(null, defaultQueue(agent, queues));
                }
                if (kept != null) {
                    ShiftRecord before = kept.of(agent.id(), date);
                    assignment.publishedAs(
                            before == null ? null : kept.option(before),
                            before == null ? null : queuesById.get(before.queueId()));
                }
                if (pinBefore != null && startsBefore(assignment, pinBefore)) {
                    if (assignment.getQueue() == null) {
                        assignment.with(null, defaultQueue(agent, queues));
                    }
                    assignment.pin();
                }
                assignments.add(assignment);
            }
        }
        return new Roster(
                request.firstDay(), request.days(), agents, templates, options, queues, demands, requests, assignments);
    }

    private static boolean startsBefore(ShiftAssignment assignment, LocalDateTime moment) {
        return assignment.isWorking()
                ? assignment.startTime().isBefore(moment)
                : assignment.getDate().isBefore(moment.toLocalDate());
    }

    // a day off still needs a queue, or the solver would count it as not yet planned
    private static Queue defaultQueue(Agent agent, List<Queue> queues) {
        return queues.stream().filter(agent::canServe).findFirst().orElse(queues.get(0));
    }

    private static Agent agent(RosterRequest.AgentSpec spec, RosterRequest request) {
        LocalDateTime origin = request.firstDay().atStartOfDay();
        Set<Integer> daysOff = new HashSet<>();
        for (LocalDate date : spec.daysOff() == null ? List.<LocalDate>of() : spec.daysOff()) {
            daysOff.add((int) Duration.between(origin, date.atStartOfDay()).toDays());
        }
        List<Span> unavailable = (spec.unavailable() == null ? List.<RosterRequest.SpanSpec>of() : spec.unavailable())
                .stream()
                        .map(span -> new Span(minutes(origin, span.from()), minutes(origin, span.to())))
                        .toList();
        RosterRequest.ContractSpec c = spec.contract();
        Contract contract = c == null
                ? Contract.open()
                : new Contract(
                        c.minMinutesPerWeek(),
                        c.maxMinutesPerWeek(),
                        c.minMinutesInHorizon(),
                        c.maxMinutesInHorizon(),
                        c.maxShiftsPerTemplate(),
                        c.minConsecutiveWorkingDays(),
                        c.maxConsecutiveWorkingDays(),
                        c.minConsecutiveDaysOff(),
                        c.maxWeekends(),
                        c.minRestMinutes() == null ? Contract.DEFAULT_REST_MINUTES : c.minRestMinutes(),
                        c.forbiddenSuccessions());
        return new Agent(
                spec.id(),
                spec.name(),
                set(spec.languages()),
                set(spec.trials()),
                set(spec.queues()),
                contract,
                daysOff,
                unavailable);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private static int minutes(LocalDateTime origin, LocalDateTime time) {
        return (int) Duration.between(origin, time).toMinutes();
    }

    /** The worked days of a roster, as stored. */
    static List<ShiftRecord> shifts(Roster roster) {
        return roster.getAssignments().stream()
                .filter(ShiftAssignment::isWorking)
                .map(day -> new ShiftRecord(
                        day.getAgent().id(),
                        day.getDate(),
                        day.templateId(),
                        day.getOption().start(),
                        day.getQueue().id()))
                .toList();
    }

    /** Stored shifts looked up by agent and day. */
    private static final class Days {

        private final Map<String, ShiftRecord> byAgentAndDay;
        private final List<ShiftOption> options;

        Days(List<ShiftRecord> shifts, List<ShiftOption> options, Map<String, Queue> queues) {
            this.byAgentAndDay = shifts.stream()
                    .filter(shift -> queues.containsKey(shift.queueId()))
                    .collect(Collectors.toMap(shift -> shift.agentId() + "/" + shift.date(), Function.identity()));
            this.options = options;
        }

        ShiftRecord of(String agentId, LocalDate date) {
            return byAgentAndDay.get(agentId + "/" + date);
        }

        ShiftOption option(ShiftRecord shift) {
            return options.stream()
                    .filter(option -> option.template().id().equals(shift.templateId())
                            && option.start().equals(shift.start()))
                    .findFirst()
                    .orElse(null);
        }
    }
}
