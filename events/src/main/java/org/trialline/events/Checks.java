package org.trialline.events;

import java.time.Instant;

/** Refuses values no consumer could keep: a NUL character in a text, an instant outside the years 1900 to 9999. */
final class Checks {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Checks() {}

    static void text(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException(field + " must not contain the NUL character");
        }
    }

    static void instant(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new IllegalArgumentException(field + " must lie between the years 1900 and 9999, but is " + value);
        }
    }
}
