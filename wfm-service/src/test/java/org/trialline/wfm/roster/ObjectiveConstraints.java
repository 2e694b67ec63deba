package org.trialline.wfm.roster;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/**
 * The roster rules without this service's own fairness, start-time and stability rules: what a Curtois and Qu
 * instance is scored by. Its objective is then the medium level (under-cover) plus the soft level (over-cover and
 * requests). For the benchmark only.
 */
public class ObjectiveConstraints extends RosterConstraints {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
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
}
