package org.trialline.wfm.forecast;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The intervals of one local day. They follow the clock on the wall, so the day the clocks go forward has an hour
 * fewer (92 quarter hours) and the day they go back an hour more (100), whose repeated local times are told apart by
 * their offsets.
 */
public final class DayLayout {

    private DayLayout() {}

    /** The start of every interval of {@code day} in {@code zone}, in time order. */
    public static List<ZonedDateTime> starts(LocalDate day, ZoneId zone, int minutes) {
        ZonedDateTime end = day.plusDays(1).atStartOfDay(zone);
        List<ZonedDateTime> starts = new ArrayList<>();
        // adding minutes to a ZonedDateTime moves along the time line, not the wall clock
        for (ZonedDateTime start = day.atStartOfDay(zone); start.isBefore(end); start = start.plusMinutes(minutes)) {
            starts.add(start);
        }
        return starts;
    }
}
