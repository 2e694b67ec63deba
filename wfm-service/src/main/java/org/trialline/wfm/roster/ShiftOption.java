package org.trialline.wfm.roster;

import java.time.LocalTime;

/** One template at one of its starts: what an agent's day may be given. */
public record ShiftOption(ShiftTemplate template, LocalTime start) {

    public int startMinuteOfDay() {
        return start.getHour() * 60 + start.getMinute();
    }

    @Override
    public String toString() {
        return template.id() + "@" + start;
    }
}
