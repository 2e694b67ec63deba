package org.trialline.wfm.roster;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSet;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.toSortedSet;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules a roster is scored by, one method each, named as the rule. Hard rules make a roster unlawful; the medium
 * level counts agents missing from what the queues need; soft rules weigh overstaffing, wishes, fairness and
 * stability. The README's table lists each with its weight.
 */
public class RosterConstraints implements ConstraintProvider {

    /** Soft cost of changing a published day in a re-plan, above any one wish or fairness step. */
    static final int CHANGE_WEIGHT = 100;

    /**
     * A breach counted in shifts, days or weekends costs more than the minutes any one shift could make up toward a
     * contract's hours (at most a day's 1,440), so no roster breaks a day off to meet them.
     */
    static final HardMediumSoftScore HARD_BREACH = HardMediumSoftScore.ofHard(10_000);

    /** Contract hours are counted in minutes. */
    private static final HardMediumSoftScore HARD_MINUTE = HardMediumSoftScore.ONE_HARD;

    private static final HardMediumSoftScore MEDIUM = HardMediumSoftScore.ONE_MEDIUM;
    private static final HardMediumSoftScore SOFT = HardMediumSoftScore.ONE_SOFT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return Stream.concat(
                        Arrays.stream(labourAndCoverRules(factory)),
                        Stream.of(
                                fairShareOfWeekends(factory),
                                fairShareOfLateShifts(factory),
                                stableStartTimes(factory),
                                keepPublishedRoster(factory)))
                .toArray(Constraint[]::new);
    }

    /** The labour rules, cover and requests: every rule but this service's fairness, start-time and stability ones. */
    protected Constraint[] labourAndCoverRules(ConstraintFactory factory) {
        return new Constraint[] {
            queueSkill(factory),
            fixedDayOff(factory),
            unavailability(factory),
            overlappingShifts(factory),
            restBetweenShifts(factory),
            forbiddenSuccession(factory),
            maxShiftsPerTemplate(factory),
            maxMinutesPerWeek(factory),
            minMinutesPerWeek(factory),
            maxMinutesInHorizon(factory),
            minMinutesInHorizon(factory),
            maxConsecutiveWorkingDays(factory),
            minConsecutiveWorkingDays(factory),
            minConsecutiveDaysOff(factory),
            maxWeekends(factory),
            underCoverage(factory),
            overCoverage(factory),
            shiftOffRequest(factory),
            shiftOnRequest(factory)
        };
    }

    private static UniConstraintStream<ShiftAssignment> shifts(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class).filter(ShiftAssignment::isWorking);
    }

    Constraint queueSkill(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> !shift.getAgent().canServe(shift.getQueue()))
                .penalize(HARD_BREACH)
                .justifyWith((shift, score) -> new Broken(shift.getAgent().name() + " has no skill for queue "
                        + shift.getQueue().id() + " (shift of " + shift.startTime() + ")"))
                .asConstraint("queue skill");
    }

    Constraint fixedDayOff(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> shift.getAgent().daysOff().contains(shift.getDay()))
                .penalize(HARD_BREACH)
                .justifyWith((shift, score) ->
                        new Broken(shift.getAgent().name() + " works on " + shift.getDate() + ", a fixed day off"))
                .asConstraint("fixed day off");
    }

    Constraint unavailability(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> shift.getAgent().isUnavailable(shift.start(), shift.end()))
                .penalize(HARD_BREACH)
                .justifyWith((shift, score) -> new Broken(shift.getAgent().name() + " is rostered from "
                        + shift.startTime() + " but is not available then"))
                .asConstraint("unavailability");
    }

    Constraint overlappingShifts(ConstraintFactory factory) {
        return shifts(factory)
                .join(
                        shifts(factory),
                        Joiners.equal(ShiftAssignment::getAgent),
                        Joiners.lessThan(ShiftAssignment::getDay),
                        Joiners.overlapping(ShiftAssignment::start, ShiftAssignment::end))
                .penalize(HARD_BREACH)
                .justifyWith((first, next, score) -> new Broken(first.getAgent().name() + "'s shift from "
                        + first.startTime() + " overlaps the one from " + next.startTime()))
                .asConstraint("overlapping shifts");
    }

    Constraint restBetweenShifts(ConstraintFactory factory) {
        return shifts(factory)
                .join(
                        shifts(factory),
                        Joiners.equal(ShiftAssignment::getAgent),
                        Joiners.lessThan(ShiftAssignment::getDay),
                        Joiners.filtering((first, next) -> next.start() >= first.end()
                                && next.start() - first.end()
                                        < first.getAgent().contract().minRestMinutes()))
                .penalize(HARD_BREACH)
                .justifyWith((first, next, score) -> new Broken(first.getAgent().name() + " rests "
                        + (next.start() - first.end()) + " minutes between the shift ending " + first.endTime()
                        + " and the next, less than "
                        + first.getAgent().contract().minRestMinutes()))
                .asConstraint("rest between shifts");
    }

    Constraint forbiddenSuccession(ConstraintFactory factory) {
        return shifts(factory)
                .join(
                        shifts(factory),
                        Joiners.equal(ShiftAssignment::getAgent),
                        Joiners.equal(shift -> shift.getDay() + 1, ShiftAssignment::getDay),
                        Joiners.filtering((first, next) ->
                                first.getAgent().contract().forbids(first.templateId(), next.templateId())))
                .penalize(HARD_BREACH)
                .justifyWith((first, next, score) -> new Broken(first.getAgent().name() + " works "
                        + first.templateId() + " on " + first.getDate() + " then " + next.templateId()
                        + ", a succession the contract forbids"))
                .asConstraint("forbidden succession");
    }

    Constraint maxShiftsPerTemplate(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift ->
                        shift.getAgent().contract().maxShiftsPerTemplate().containsKey(shift.templateId()))
                .groupBy(ShiftAssignment::getAgent, ShiftAssignment::templateId, count())
                .filter((agent, template, shifts) -> shifts > maxOf(agent, template))
                .penalize(HARD_BREACH, (agent, template, shifts) -> shifts - maxOf(agent, template))
                .justifyWith((agent, template, shifts, score) -> new Broken(agent.name() + " works " + shifts + " "
                        + template + " shifts, more than the " + maxOf(agent, template) + " allowed"))
                .asConstraint("max shifts per template");
    }

    private static int maxOf(Agent agent, String template) {
        return agent.contract().maxShiftsPerTemplate().get(template);
    }

    Constraint maxMinutesPerWeek(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> shift.getAgent().contract().maxMinutesPerWeek() != null)
                .groupBy(ShiftAssignment::getAgent, ShiftAssignment::week, sum(ShiftAssignment::workedMinutes))
                .filter((agent, week, minutes) -> minutes > agent.contract().maxMinutesPerWeek())
                .penalize(
                        HARD_MINUTE,
                        (agent, week, minutes) -> minutes - agent.contract().maxMinutesPerWeek())
                .justifyWith((agent, week, minutes, score) -> new Broken(agent.name() + " works " + minutes
                        + " minutes in week " + (week + 1) + ", more than the "
                        + agent.contract().maxMinutesPerWeek() + " allowed"))
                .asConstraint("max minutes per week");
    }

    Constraint minMinutesPerWeek(ConstraintFactory factory) {
        // every agent has an assignment for every day, worked or not, so a week without shifts still has its group
        return factory.forEachIncludingNullVars(ShiftAssignment.class)
                .filter(day -> day.getAgent().contract().minMinutesPerWeek() != null)
                .groupBy(ShiftAssignment::getAgent, ShiftAssignment::week, sum(ShiftAssignment::workedMinutes))
                .filter((agent, week, minutes) -> minutes < agent.contract().minMinutesPerWeek())
                .penalize(
                        HARD_MINUTE, (agent, week, minutes) -> agent.contract().minMinutesPerWeek() - minutes)
                .justifyWith((agent, week, minutes, score) -> new Broken(agent.name() + " works " + minutes
                        + " minutes in week " + (week + 1) + ", fewer than the "
                        + agent.contract().minMinutesPerWeek() + " the contract needs"))
                .asConstraint("min minutes per week");
    }

    Constraint maxMinutesInHorizon(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> shift.getAgent().contract().maxMinutesInHorizon() != null)
                .groupBy(ShiftAssignment::getAgent, sum(ShiftAssignment::workedMinutes))
                .filter((agent, minutes) -> minutes > agent.contract().maxMinutesInHorizon())
                .penalize(
                        HARD_MINUTE,
                        (agent, minutes) -> minutes - agent.contract().maxMinutesInHorizon())
                .justifyWith((agent, minutes, score) -> new Broken(agent.name() + " works " + minutes
                        + " minutes in the horizon, more than the "
                        + agent.contract().maxMinutesInHorizon()
                        + " allowed"))
                .asConstraint("max minutes in horizon");
    }

    Constraint minMinutesInHorizon(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ShiftAssignment.class)
                .filter(day -> day.getAgent().contract().minMinutesInHorizon() != null)
                .groupBy(ShiftAssignment::getAgent, sum(ShiftAssignment::workedMinutes))
                .filter((agent, minutes) -> minutes < agent.contract().minMinutesInHorizon())
                .penalize(HARD_MINUTE, (agent, minutes) -> agent.contract().minMinutesInHorizon() - minutes)
                .justifyWith((agent, minutes, score) -> new Broken(agent.name() + " works " + minutes
                        + " minutes in the horizon, fewer than the "
                        + agent.contract().minMinutesInHorizon()
                        + " the contract needs"))
                .asConstraint("min minutes in horizon");
    }

    Constraint minConsecutiveWorkingDays(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ShiftAssignment.class)
                .filter(day -> day.getAgent().contract().minConsecutiveWorkingDays() != null)
                .groupBy(
                        ShiftAssignment::getAgent,
                        toSortedSet(day -> day.isWorking() ? day.getDay() : -1 - day.getDay()))
                .filter((agent, days) -> workingDaysMissing(agent, days) > 0)
                .penalize(HARD_BREACH, RosterConstraints::workingDaysMissing)
                .justifyWith((agent, days, score) -> new Broken(agent.name() + " has runs of working days "
                        + workingDaysMissing(agent, days) + " days short of the "
                        + agent.contract().minConsecutiveWorkingDays() + " in a row the contract asks for"))
                .asConstraint("min consecutive working days");
    }

    /**
     * The days missing from each run of working days with a day off on both sides, summed; the days of the horizon
     * come as their index when worked and as {@code -1 - index} when off. Runs touching the horizon's edges are not
     * counted, as in the Curtois and Qu rules.
     */
    static int workingDaysMissing(Agent agent, SortedSet<Integer> days) {
        int min = agent.contract().minConsecutiveWorkingDays();
        List<Integer> off = days.stream()
                .filter(day -> day < 0)
                .map(day -> -1 - day)
                .sorted()
                .toList();
        int missing = 0;
        for (int i = 1; i < off.size(); i++) {
            int run = off.get(i) - off.get(i - 1) - 1;
            if (run > 0) {
                missing += Math.max(0, min - run);
            }
        }
        return missing;
    }

    Constraint maxConsecutiveWorkingDays(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> shift.getAgent().contract().maxConsecutiveWorkingDays() != null)
                .groupBy(ShiftAssignment::getAgent, toSortedSet(ShiftAssignment::getDay))
                .filter((agent, days) -> daysBeyondMax(agent, days) > 0)
                .penalize(HARD_BREACH, RosterConstraints::daysBeyondMax)
                .justifyWith((agent, days, score) -> new Broken(agent.name() + " works "
                        + daysBeyondMax(agent, days) + " days in a row beyond the "
                        + agent.contract().maxConsecutiveWorkingDays() + " allowed"))
                .asConstraint("max consecutive working days");
    }

    /** The days each run of working days lasts beyond the contract's longest, summed over the runs. */
    static int daysBeyondMax(Agent agent, SortedSet<Integer> days) {
        int max = agent.contract().maxConsecutiveWorkingDays();
        int beyond = 0;
        int run = 0;
        int previous = Integer.MIN_VALUE;
        for (int day : days) {
            run = day == previous + 1 ? run + 1 : 1;
            if (run > max) {
                beyond++;
            }
            previous = day;
        }
        return beyond;
    }

    Constraint minConsecutiveDaysOff(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> shift.getAgent().contract().minConsecutiveDaysOff() != null)
                .groupBy(ShiftAssignment::getAgent, toSortedSet(ShiftAssignment::getDay))
                .filter((agent, days) -> daysOffMissing(agent, days) > 0)
                .penalize(HARD_BREACH, RosterConstraints::daysOffMissing)
                .justifyWith((agent, days, score) -> new Broken(agent.name() + " has breaks between working days "
                        + daysOffMissing(agent, days) + " days short of the "
                        + agent.contract().minConsecutiveDaysOff() + " days off in a row the contract gives"))
                .asConstraint("min consecutive days off");
    }

    /**
     * The days missing from each run of days off between two working days, summed. Runs at the horizon's edges are
     * not counted: the days before and after it are not known here.
     */
    static int daysOffMissing(Agent agent, SortedSet<Integer> days) {
        int min = agent.contract().minConsecutiveDaysOff();
        int missing = 0;
        Integer previous = null;
        for (int day : days) {
            if (previous != null && day - previous > 1) {
                missing += Math.max(0, min - (day - previous - 1));
            }
            previous = day;
        }
        return missing;
    }

    Constraint maxWeekends(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift ->
                        shift.isOnWeekend() && shift.getAgent().contract().maxWeekends() != null)
                .groupBy(ShiftAssignment::getAgent, toSet(ShiftAssignment::weekend))
                .filter((agent, weekends) -> weekends.size() > agent.contract().maxWeekends())
                .penalize(
                        HARD_BREACH,
                        (agent, weekends) -> weekends.size() - agent.contract().maxWeekends())
                .justifyWith((agent, weekends, score) -> new Broken(agent.name() + " works " + weekends.size()
                        + " weekends, more than the " + agent.contract().maxWeekends() + " allowed"))
                .asConstraint("max weekends");
    }

    Constraint underCoverage(ConstraintFactory factory) {
        return coverage(factory)
                .filter((demand, covered) -> covered < demand.required())
                .penalize(MEDIUM, (demand, covered) -> (demand.required() - covered) * demand.underWeight())
                .justifyWith((demand, covered, score) ->
                        new Broken("queue " + demand.queue().id() + " has " + covered + " of the " + demand.required()
                                + " agents it needs at " + demand.startTime()))
                .asConstraint("under-coverage");
    }

    Constraint overCoverage(ConstraintFactory factory) {
        return coverage(factory)
                .filter((demand, covered) -> covered > demand.required())
                .penalize(SOFT, (demand, covered) -> (covered - demand.required()) * demand.overWeight())
                .justifyWith((demand, covered, score) ->
                        new Broken("queue " + demand.queue().id() + " has "
                                + covered + " agents at " + demand.startTime() + ", more than the " + demand.required()
                                + " it needs"))
                .asConstraint("over-coverage");
    }

    /**
     * Each interval with the agents covering it. Joined with every agent's day that could reach it, worked or not,
     * so that an interval nobody covers still comes out, with 0.
     */
    private static org.optaplanner.core.api.score.stream.bi.BiConstraintStream<Demand, Integer> coverage(
            ConstraintFactory factory) {
        return factory.forEach(Demand.class)
                .join(
                        factory.forEachIncludingNullVars(ShiftAssignment.class),
                        Joiners.lessThanOrEqual(Demand::earliestDay, ShiftAssignment::getDay),
                        Joiners.greaterThanOrEqual(Demand::lastDay, ShiftAssignment::getDay))
                .groupBy((demand, day) -> demand, sum((demand, day) -> day.covers(demand) ? 1 : 0));
    }

    Constraint shiftOffRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(request -> !request.on())
                .join(
                        shifts(factory),
                        Joiners.equal(ShiftRequest::agent, ShiftAssignment::getAgent),
                        Joiners.equal(ShiftRequest::day, ShiftAssignment::getDay),
                        Joiners.filtering(ShiftRequest::matches))
                .penalize(SOFT, (request, shift) -> request.weight())
                .justifyWith((request, shift, score) -> new Broken(request.agent()
                                .name() + " asked not to work "
                        + (request.templateId() == null ? "" : request.templateId() + " ") + "on " + request.date()))
                .asConstraint("shift-off request");
    }

    Constraint shiftOnRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(ShiftRequest::on)
                .ifNotExists(
                        ShiftAssignment.class,
                        Joiners.equal(ShiftRequest::agent, ShiftAssignment::getAgent),
                        Joiners.equal(ShiftRequest::day, ShiftAssignment::getDay),
                        Joiners.filtering(ShiftRequest::matches))
                .penalize(SOFT, ShiftRequest::weight)
                .justifyWith((request, score) -> new Broken(request.agent().name() + " asked to work "
                        + (request.templateId() == null ? "" : request.templateId() + " ") + "on " + request.date()))
                .asConstraint("shift-on request");
    }

    Constraint fairShareOfWeekends(ConstraintFactory factory) {
        // the square makes a third weekend for one agent cost more than a first for another
        return shifts(factory)
                .filter(ShiftAssignment::isOnWeekend)
                .groupBy(ShiftAssignment::getAgent, toSet(ShiftAssignment::weekend))
                .penalize(SOFT, (agent, weekends) -> weekends.size() * weekends.size())
                .justifyWith((agent, weekends, score) ->
                        new Broken(agent.name() + " works " + weekends.size() + " weekends"))
                .asConstraint("fair share of weekends");
    }

    Constraint fairShareOfLateShifts(ConstraintFactory factory) {
        return shifts(factory)
                .filter(shift -> shift.getOption().template().late())
                .groupBy(ShiftAssignment::getAgent, count())
                .penalize(SOFT, (agent, lates) -> lates * lates)
                .justifyWith((agent, lates, score) -> new Broken(agent.name() + " works " + lates + " late shifts"))
                .asConstraint("fair share of late shifts");
    }

    Constraint stableStartTimes(ConstraintFactory factory) {
        return shifts(factory)
                .join(
                        shifts(factory),
                        Joiners.equal(ShiftAssignment::getAgent),
                        Joiners.equal(shift -> shift.getDay() + 1, ShiftAssignment::getDay),
                        Joiners.filtering((first, next) -> !first.getOption()
                                .start()
                                .equals(next.getOption().start())))
                .penalize(SOFT)
                .justifyWith((first, next, score) -> new Broken(first.getAgent().name() + " starts at "
                        + first.getOption().start() + " on " + first.getDate() + " and at "
                        + next.getOption().start() + " the next day"))
                .asConstraint("stable start times");
    }

    Constraint keepPublishedRoster(ConstraintFactory factory) {
        // a day off is a null shift, which forEach leaves out
        return factory.forEachIncludingNullVars(ShiftAssignment.class)
                .filter(ShiftAssignment::differsFromPublished)
                .penalize(SOFT, day -> CHANGE_WEIGHT)
                .justifyWith((day, score) -> new Broken(
                        day.getAgent().name() + "'s " + day.getDate() + " differs from the published roster"))
                .asConstraint("keep published roster");
    }
}
