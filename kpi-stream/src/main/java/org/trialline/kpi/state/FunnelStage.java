package org.trialline.kpi.state;

import java.util.EnumSet;
import java.util.Set;
import org.trialline.events.Disposition;

/** The enrollment funnel: called, then pre-screened eligible, then screening booked, then enrolled. */
public enum FunnelStage {
    CALLED,
    ELIGIBLE,
    BOOKED,
    ENROLLED;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stages a contact's disposition proves its patient reached; a later stage implies the earlier ones. */
    static Set<FunnelStage> reachedBy(Disposition disposition) {
        if (disposition == null) {
            return EnumSet.of(CALLED);
        }
        return switch (disposition) {
            case ENROLLED -> EnumSet.allOf(FunnelStage.class);
            case SCREENING_VISIT_BOOKED -> EnumSet.of(CALLED, ELIGIBLE, BOOKED);
            case PRE_SCREENED_ELIGIBLE -> EnumSet.of(CALLED, ELIGIBLE);
            default -> EnumSet.of(CALLED);
        };
    }
}
