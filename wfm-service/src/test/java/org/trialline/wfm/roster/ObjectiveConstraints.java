package org.trialline.wfm.roster;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;

/**
 * The roster rules without this service's own fairness, start-time and stability rules: what a Curtois and Qu
 * instance is scored by. Its objective is then the medium level (under-cover) plus the soft level (over-cover and
 * requests). For the benchmark only.
 */
public class ObjectiveConstraints extends RosterConstraints {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return labourAndCoverRules(factory);
    }
}
