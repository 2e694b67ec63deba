package org.trialline.wfm.roster;

/** A stretch of time in minutes from the horizon's first midnight, start included, end excluded. */
public record Span(int start, int end) {

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
