package org.trialline.wfm.roster;

import java.time.LocalDate;

/**
 * An agent's wish to work ({@code on}) or not on a day, with any template or a given one, and what breaking it costs.
 */
public record ShiftRequest(Agent agent, int day, LocalDate date, String templateId, boolean on, int weight) {

    public boolean matches(ShiftAssignment assignment) {
        return assignment.isWorking()
                && assignment.getDay() == day
                && (templateId == null || templateId.equals(assignment.templateId()));
    }
}
