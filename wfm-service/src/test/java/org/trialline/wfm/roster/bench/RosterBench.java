package org.trialline.wfm.roster.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.trialline.wfm.roster.ObjectiveConstraints;
import org.trialline.wfm.roster.Roster;
import org.trialline.wfm.roster.RosterConstraints;

/**
 * The roster benchmark of the module README (not a test): synthetic rosters of 50, 100 and 200 agents over 2 and 4
 * weeks, then the Curtois and Qu instances 1 to 8 against their published optima. Run by {@code bash
 * wfm-service/roster-bench}; arguments:
 *
 * <ul>
 *   <li>{@code --quick}: 5 s a synthetic roster and 10 s an instance, a smoke run
 *   <li>{@code --synthetic-seconds N}, {@code --cq-seconds N}: the limits (30 and 60)
 *   <li>{@code --only synthetic|curtois-qu}: one part
 *   <li>{@code --instances 1-4}: some of the Curtois and Qu instances
 *   <li>{@code --moves pillar}: local search on the instances also with pillar change and swap moves
 *   <li>{@code --agents N}, {@code --weeks N}: one synthetic size (any N) instead of 50, 100, 200 × 2, 4
 *   <li>{@code --start off}: give each day a queue the agent may cover and no shift before solving
 *   <li>{@code --data DIR}: the folder holding {@code curtois-qu/} (../shared/data)
 * </ul>
 */
public final class RosterBench {

    /** Published optima (lower bound equals the best known) of instances 1 to 8. */
    static final int[] OPTIMA = {607, 828, 1001, 1716, 1143, 1950, 1056, 1300};

    static final long SEED = 19_990_301L;

    private RosterBench() {}

    public static void main(String[] args) throws Exception {
        quiet();
        int syntheticSeconds = 30;
        int cqSeconds = 60;
        String only = null;
        boolean allOff = false;
        boolean pillarMoves = false;
        int firstInstance = 1;
        int lastInstance = 8;
        int[] agentCounts = {50, 100, 200};
        int[] weekCounts = {2, 4};
        Path data = Path.of("../shared/data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick":
                    syntheticSeconds = 5;
                    cqSeconds = 10;
                    break;
                case "--synthetic-seconds":
                    syntheticSeconds = Integer.parseInt(args[++i]);
                    break;
                case "--cq-seconds":
                    cqSeconds = Integer.parseInt(args[++i]);
                    break;
                case "--start":
                    allOff = args[++i].equals("off");
                    break;
                case "--agents":
                    agentCounts = new int[] {Integer.parseInt(args[++i])};
                    break;
                case "--weeks":
                    weekCounts = new int[] {Integer.parseInt(args[++i])};
                    break;
                case "--moves":
                    pillarMoves = args[++i].equals("pillar");
                    break;
                case "--instances":
                    String[] range = args[++i].split("-");
                    firstInstance = Integer.parseInt(range[0]);
                    lastInstance = Integer.parseInt(range[range.length - 1]);
                    break;
                case "--only":
                    only = args[++i];
                    break;
                case "--data":
                    data = Path.of(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.printf(
                "roster-bench: %d cores, Java %s, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.version"));
        if (only == null || only.equals("synthetic")) {
            synthetic(syntheticSeconds, allOff, agentCounts, weekCounts);
        }
        if (only == null || only.equals("curtois-qu")) {
            curtoisQu(data.resolve("curtois-qu"), cqSeconds, allOff, pillarMoves, firstInstance, lastInstance);
        }
    }

    private static String start(boolean allOff) {
        return allOff
                ? "each day's queue given beforehand (--start off)"
                : "from nothing (construction heuristic, then local search, as the service solves)";
    }

    /** The solver's own log says each phase at INFO and each step at DEBUG; the tables are what is wanted here. */
    static void quiet() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    static void synthetic(int seconds, boolean allOff, int[] agentCounts, int[] weekCounts) {
        System.out.printf(
                "%nSynthetic rosters (seed %d, load 0.75 of contract hours), %d s each, all of the service's rules,"
                        + " %s%n",
                SEED, seconds, start(allOff));
        System.out.println(
                "| agents | weeks | shifts to plan | demand intervals | first feasible (0 hard) | score after "
                        + seconds + " s | under-covered agent-half-hours |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int agents : agentCounts) {
            for (int weeks : weekCounts) {
                Roster problem = SyntheticRosters.generate(agents, weeks, SEED + agents * 10L + weeks, 0.75);
                Solving.Outcome outcome = Solving.solve(problem, RosterConstraints.class, Duration.ofSeconds(seconds));
                HardMediumSoftScore score = outcome.score();
                System.out.printf(
                        Locale.ROOT,
                        "| %d | %d | %d | %d | %s | %s | %d |%n",
                        agents,
                        weeks,
                        problem.getAssignments().size(),
                        problem.getDemands().size(),
                        outcome.firstFeasibleMillis() < 0
                                ? "none in " + seconds + " s"
                                : String.format(Locale.ROOT, "%.1f s", outcome.firstFeasibleMillis() / 1000.0),
                        score,
                        -score.mediumScore());
            }
        }
    }

    static void curtoisQu(
            Path folder, int seconds, boolean allOff, boolean pillarMoves, int firstInstance, int lastInstance)
            throws Exception {
        System.out.printf(
                "%nCurtois and Qu instances, %d s each, the objective's rules only (ObjectiveConstraints), %s%s%n",
                seconds,
                start(allOff),
                pillarMoves ? ", local search also with pillar change and swap moves (--moves pillar)" : "");
        System.out.println("| instance | days × staff × shift types | solver score | objective (evaluated) | hard rules"
                + " broken | published optimum | gap | first feasible |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<Double> gaps = new ArrayList<>();
        for (int n = firstInstance; n <= lastInstance; n++) {
            CurtoisQuInstance instance = CurtoisQuInstance.read(folder.resolve("Instance" + n + ".txt"));
            Roster problem = instance.toRoster();
            Solving.Outcome outcome = Solving.solve(
                    allOff ? Solving.allOff(problem) : problem,
                    ObjectiveConstraints.class,
                    Duration.ofSeconds(seconds),
                    pillarMoves);
            CurtoisQuObjective.Result result = CurtoisQuObjective.evaluate(instance, instance.plan(outcome.best()));
            int optimum = OPTIMA[n - 1];
            double gap = 100.0 * (result.objective() - optimum) / optimum;
            gaps.add(gap);
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %d × %d × %d | %s | %d | %d | %d | %.1f %% | %s |%n",
                    n,
                    instance.days(),
                    instance.staff().size(),
                    instance.shifts().size(),
                    outcome.score(),
                    result.objective(),
                    result.broken().size(),
                    optimum,
                    gap,
                    outcome.firstFeasibleMillis() < 0
                            ? "none"
                            : String.format(Locale.ROOT, "%.1f s", outcome.firstFeasibleMillis() / 1000.0));
            HardMediumSoftScore score = outcome.score();
            if (score.isFeasible() && -(score.mediumScore() + score.softScore()) != result.objective()) {
                System.out.printf(
                        "  note: solver objective %d differs from the evaluator's %d%n",
                        -(score.mediumScore() + score.softScore()), result.objective());
            }
            result.broken().stream().limit(5).forEach(b -> System.out.println("  broken: " + b));
        }
        System.out.printf(
                Locale.ROOT,
                "mean gap %.1f %%%n",
                gaps.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
    }
}
