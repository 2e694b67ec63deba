package org.trialline.wfm.roster.bench;

import java.time.Duration;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.trialline.wfm.roster.Roster;
import org.trialline.wfm.roster.ShiftAssignment;

/**
 * Solves a roster as the service does (its default phases, one thread), for a fixed time, and notes when the first
 * roster without hard breaches turned up.
 */
final class Solving {

    private Solving() {}

    /**
     * @param firstFeasibleMillis from the solve's start to the first best roster with hard 0; -1 when none
     * @param bestScoreMillis from the solve's start to the last improvement
     */
    record Outcome(
            Roster best, HardMediumSoftScore score, long firstFeasibleMillis, long bestScoreMillis, long spentMillis) {}

    /**
     * Gives every agent's day a queue the agent may cover and no shift. OptaPlanner still counts a day without a shift
     * as not yet planned, so its construction heuristic still runs, but over the shift alone.
     */
    static Roster allOff(Roster roster) {
        for (ShiftAssignment day : roster.getAssignments()) {
            day.with(
                    null,
                    roster.getQueues().stream()
                            .filter(day.getAgent()::canServe)
                            .findFirst()
                            .orElse(roster.getQueues().get(0)));
        }
        return roster;
    }

    static Outcome solve(Roster problem, Class<? extends ConstraintProvider> constraints, Duration limit) {
        return solve(problem, constraints, limit, false);
    }

    /**
     * @param pillarMoves whether local search also moves and swaps pillars (an agent's days sharing a value) beside
     *     the default change and swap moves
     */
    static Outcome solve(
            Roster problem, Class<? extends ConstraintProvider> constraints, Duration limit, boolean pillarMoves) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class)
                .withConstraintProviderClass(constraints)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
        if (pillarMoves) {
            config.setPhaseConfigList(List.of(
                    new ConstructionHeuristicPhaseConfig(),
                    new LocalSearchPhaseConfig()
                            .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                                    new ChangeMoveSelectorConfig(),
                                    new SwapMoveSelectorConfig(),
                                    new PillarChangeMoveSelectorConfig()
                                            .withValueSelectorConfig(
                                                    new ValueSelectorConfig().withVariableName("option")),
                                    new PillarSwapMoveSelectorConfig())))));
        }
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
        long[] feasibleAt = {-1};
        long[] bestAt = {0};
        long started = System.nanoTime();
        solver.addEventListener(event -> {
            long at = (System.nanoTime() - started) / 1_000_000;
            bestAt[0] = at;
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            if (feasibleAt[0] < 0 && score.isSolutionInitialized() && score.hardScore() == 0) {
                feasibleAt[0] = at;
            }
        });
        Roster best = solver.solve(problem);
        long spent = (System.nanoTime() - started) / 1_000_000;
        if (feasibleAt[0] < 0 && best.getScore().isFeasible()) {
            feasibleAt[0] = spent;
        }
        return new Outcome(best, best.getScore(), feasibleAt[0], bestAt[0], spent);
    }
}
