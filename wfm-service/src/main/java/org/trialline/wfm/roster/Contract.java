package org.trialline.wfm.roster;

import java.util.List;
import java.util.Map;

/**
 * The labour rules one agent works under. A null limit is no limit. Weeks are the horizon's seven-day blocks from
 * its first day.
 *
 * @param minMinutesInHorizon the least worked minutes over the whole horizon (as in the Curtois and Qu instances)
 * @param maxShiftsPerTemplate the most shifts of each template over the whole horizon
 * @param minConsecutiveWorkingDays the shortest run of working days between two days off
 * @param minConsecutiveDaysOff the shortest run of days off between two working days
 * @param maxWeekends the most weekends (Saturday or Sunday worked) over the horizon
 * @param minRestMinutes the least time from one shift's end to the next one's start
 * @param forbiddenSuccessions template pairs that may not be worked on consecutive days, first then next
 */
public record Contract(
        Integer minMinutesPerWeek,
        Integer maxMinutesPerWeek,
        Integer minMinutesInHorizon,
        Integer maxMinutesInHorizon,
        Map<String, Integer> maxShiftsPerTemplate,
        Integer minConsecutiveWorkingDays,
        Integer maxConsecutiveWorkingDays,
        Integer minConsecutiveDaysOff,
        Integer maxWeekends,
        int minRestMinutes,
        List<Succession> forbiddenSuccessions) {

    /** Eleven hours, the European working time directive's daily rest. */
    public static final int DEFAULT_REST_MINUTES = 11 * 60;

    public Contract {
        maxShiftsPerTemplate = maxShiftsPerTemplate == null ? Map.of() : Map.copyOf(maxShiftsPerTemplate);
        forbiddenSuccessions = forbiddenSuccessions == null ? List.of() : List.copyOf(forbiddenSuccessions);
    }

    /** No limits but the default rest. */
    public static Contract open() {
        return new Contract(null, null, null, null, null, null, null, null, null, DEFAULT_REST_MINUTES, null);
    }

    public boolean forbids(String first, String next) {
        return forbiddenSuccessions.contains(new Succession(first, next));
    }

    /** A template followed on the next day by another. */
    public record Succession(String first, String next) {}
}
