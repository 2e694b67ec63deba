package org.trialline.wfm.roster;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** One breach of a rule, said in words a planner reads. */
public record Broken(String text) implements ConstraintJustification {}
