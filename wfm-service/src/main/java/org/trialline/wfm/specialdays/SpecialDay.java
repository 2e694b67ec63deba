package org.trialline.wfm.specialdays;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Days the planner knows will not follow the pattern: a holiday (factor 0, or a fraction when the centre opens
 * shorter) or a campaign that lifts a queue's calls (factor above 1). A day covered by several multiplies their
 * factors. Such days are also left out when the forecast learns from the past.
 *
 * @param queueId the one queue it applies to, or null for every queue
 */
public record SpecialDay(UUID id, String name, String queueId, LocalDate from, LocalDate to, double factor) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
