package org.trialline.wfm.staffing;

/** A target no reasonable number of agents meets, such as 99.9999 % within 0 seconds. */
public class UnreachableTargetException extends RuntimeException {

    public UnreachableTargetException(Target target, int agents) {
        super("No staffing up to " + agents + " agents answers " + target.serviceLevel() * 100 + " % within "
                + target.answerSeconds() + " s at an occupancy of at most " + target.maxOccupancy() * 100 + " %");
    }
}
