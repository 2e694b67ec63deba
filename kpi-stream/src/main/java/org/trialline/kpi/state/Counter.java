package org.trialline.kpi.state;

/**
 * The additive figures every KPI is made of, kept per group and per minute and day of entering the queue. Times are
 * in milliseconds. A wait runs from entering the queue to being answered or leaving it; T is the queue's
 * service-level time and S its short-abandon time.
 */
public enum Counter {
    /** Entered the queue. */
    OFFERED("o"),
    ANSWERED("a"),
    /** Answered with a wait of at most T. */
    ANSWERED_WITHIN("aw"),
    /** Left as abandoned after more than S. */
    ABANDONED("ab"),
    /** Left as abandoned within S: out of service level and abandonment rate. */
    SHORT_ABANDONED("sa"),
    /** Abandoned (not short) with a wait over T. */
    ABANDONED_AFTER("aa"),
    /** Answered or left with a wait of at most T, short abandons left out (Connect-style service level). */
    LEFT_WITHIN("lw"),
    /** Left for another reason than abandoning: timeout, exit key, flow-out or callback. */
    LEFT_OTHER("lo"),
    CALLBACKS_REQUESTED("cb"),
    /** Sum of the waits of answered contacts. */
    ANSWERED_WAIT_MS("awm"),
    /** Answered and ended. */
    HANDLED("h"),
    TALK_MS("tm"),
    HOLD_MS("hm"),
    AFTER_WORK_MS("wm"),
    TRANSFERRED("tr"),
    /** Handled and wrapped up with a disposition. */
    DISPOSED("d"),
    RESOLVED_FIRST_CONTACT("r"),
    SURVEYS("s"),
    SURVEY_SCORE_SUM("ss"),
    /** Surveys scored 4 or 5. */
    SURVEYS_SATISFIED("s45");

    private final String field;

    Counter(String field) {
        this.field = field;
    }

    /** Its field in a Redis hash: short, since every bucket holds all of them. */
    public String field() {
        return field;
    }

    public static Counter ofField(String field) {
        for (Counter counter : values()) {
            if (counter.field.equals(field)) {
                return counter;
            }
        }
        return null;
    }
}
