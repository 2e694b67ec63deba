package org.trialline.wfm.requirements;

/**
 * Turns one interval's forecast into the agents it needs. The requirements endpoint asks it for every interval with
 * calls; an interval without calls needs no agents and is not asked about.
 */
public interface StaffingModel {

    /**
     * @param calls the calls expected in the interval, more than 0
     * @param intervalSeconds the interval's length
     * @param ahtSeconds their mean handle time, more than 0
     */
    StaffingResult staff(double calls, int intervalSeconds, double ahtSeconds, QueueTargets targets);
}
