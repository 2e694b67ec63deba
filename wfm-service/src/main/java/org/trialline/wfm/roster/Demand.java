package org.trialline.wfm.roster;

import java.time.LocalDateTime;

/**
 * Agents a queue needs through one interval. A shift covers it when it spans the whole interval with no break in it;
 * with a {@code templateId} only shifts of that template count, which is how day-based cover per shift type (as in
 * the Curtois and Qu instances) is written.
 *
 * @param start minutes from the horizon's first midnight
 * @param underWeight medium penalty per agent missing
 * @param overWeight soft penalty per agent beyond the need
 */
public record Demand(
        Queue queue,
        LocalDateTime startTime,
        int start,
        int end,
        int required,
        int underWeight,
        int overWeight,
        String templateId) {

    /** The first day whose shifts may reach this interval: shifts last at most a day. */
    public int earliestDay() {
        return Math.floorDiv(start, 1440) - 1;
    }

    public int lastDay() {
        return Math.floorDiv(end - 1, 1440);
    }
}
