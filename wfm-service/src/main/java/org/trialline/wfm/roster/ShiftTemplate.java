package org.trialline.wfm.roster;

import java.time.LocalTime;
import java.util.List;

/**
 * A kind of shift: when it may start, how long it lasts and its breaks.
 *
 * @param lengthMinutes from start to end, breaks included; at most a day
 * @param breaks unpaid pauses in which the agent covers no queue
 * @param late whether it counts as a late shift for the fair share of late shifts
 */
public record ShiftTemplate(String id, List<LocalTime> starts, int lengthMinutes, List<Break> breaks, boolean late) {

    public ShiftTemplate {
        starts = List.copyOf(starts);
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }

    /** The minutes that count toward a contract: the length without the breaks. */
    public int workedMinutes() {
        return lengthMinutes - breaks.stream().mapToInt(Break::minutes).sum();
    }

    /** A pause {@code offsetMinutes} after the shift's start. */
    public record Break(int offsetMinutes, int minutes) {}
}
