package org.trialline.wfm.config;

import java.time.Duration;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trialline.wfm.roster.Roster;
import org.trialline.wfm.roster.RosterConstraints;
import org.trialline.wfm.roster.ShiftAssignment;

/**
 * The roster solver, built by hand: OptaPlanner's Spring Boot starter does not start on Boot 4.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RosterSolverConfiguration.RosterSolving.class)
class RosterSolverConfiguration {

    @Bean
    SolverFactory<Roster> rosterSolverFactory(RosterSolving solving) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(solving.spentLimit())
                .withUnimprovedSpentLimit(solving.unimprovedSpentLimit());
        if (solving.bestScoreLimit() != null && !solving.bestScoreLimit().isBlank()) {
            termination.setBestScoreLimit(solving.bestScoreLimit());
        }
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(ShiftAssignment.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withTerminationConfig(termination));
    }

    @Bean
    SolverManager<Roster, java.util.UUID> rosterSolverManager(SolverFactory<Roster> factory, RosterSolving solving) {
        return SolverManager.create(
                factory, new SolverManagerConfig().withParallelSolverCount(String.valueOf(solving.parallelSolves())));
    }

    @Bean
    SolutionManager<Roster, HardMediumSoftScore> rosterSolutionManager(SolverFactory<Roster> factory) {
        return SolutionManager.create(factory);
    }

    /**
     * How long a roster is solved.
     *
     * @param spentLimit the longest a solve runs
     * @param unimprovedSpentLimit a solve stops when its best score has not improved for this long
     * @param bestScoreLimit a solve stops on reaching this score, such as {@code 0hard/0medium/*soft} (lawful and
     *     covering every need); none when absent
     * @param parallelSolves rosters solved at once; more wait in line
     */
    @ConfigurationProperties("trialline.wfm.roster")
    record RosterSolving(
            @DefaultValue("60s") Duration spentLimit,
            @DefaultValue("15s") Duration unimprovedSpentLimit,
            String bestScoreLimit,
            @DefaultValue("1") int parallelSolves) {}
}
