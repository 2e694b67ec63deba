package org.trialline.wfm.problems;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The checks every date range of the API meets: in order, and at most a year long and a year ahead. */
public final class DateRange {

    /** A year with its leap day: longer horizons are strategy, not workforce planning. */
    public static final int MAX_DAYS = 366;

    private DateRange() {}

    /** Refuses a range that ends before it starts, spans more than a year or ends more than a year after today. */
    public static void check(LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", to, "must not be before from " + from);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidFieldException(
                    "to", to, "must be at most " + MAX_DAYS + " days from from " + from + ", not " + days);
        }
        if (to.isAfter(today.plusDays(MAX_DAYS))) {
            throw new InvalidFieldException("to", to, "must be at most " + MAX_DAYS + " days after today " + today);
        }
    }
}
