package org.trialline.wfm.roster.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.trialline.wfm.roster.Agent;
import org.trialline.wfm.roster.Contract;
import org.trialline.wfm.roster.Demand;
import org.trialline.wfm.roster.Queue;
import org.trialline.wfm.roster.Roster;
import org.trialline.wfm.roster.ShiftAssignment;
import org.trialline.wfm.roster.ShiftOption;
import org.trialline.wfm.roster.ShiftRequest;
import org.trialline.wfm.roster.ShiftTemplate;

/**
 * A call centre's roster problem made up from a seed, the same every time: five queues over two trials and three
 * languages, half-hour demand from 07:00 to 22:00 with a morning and an afternoon peak, quieter weekends, and agents
 * with one to three languages, contracts of 24 to 40 hours, a fixed day off a fortnight and a few wishes.
 */
final class SyntheticRosters {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2); // a Monday

    private static final List<Queue> QUEUES = List.of(
            new Queue("HEART-2.en", "en", "HEART-2"),
            new Queue("HEART-2.es", "es", "HEART-2"),
            new Queue("HEART-2.de", "de", "HEART-2"),
            new Queue("LUNG-1.en", "en", "LUNG-1"),
            new Queue("LUNG-1.es", "es", "LUNG-1"));

    /** Each queue's share of the calls. */
    private static final double[] SHARES = {0.34, 0.18, 0.10, 0.24, 0.14};

    private static final ShiftTemplate.Break LUNCH = new ShiftTemplate.Break(240, 30);

    private SyntheticRosters() {}

    /**
     * @param load the agent-hours demanded as a share of what the agents' contracts can at most give
     */
    static Roster generate(int agentCount, int weeks, long seed, double load) {
        Random random = new Random(seed);
        List<ShiftTemplate> templates = List.of(
                new ShiftTemplate("E", List.of(LocalTime.of(7, 0), LocalTime.of(8, 0)), 510, List.of(LUNCH), false),
                new ShiftTemplate("M", List.of(LocalTime.of(10, 0), LocalTime.of(11, 0)), 510, List.of(LUNCH), false),
                new ShiftTemplate("L", List.of(LocalTime.of(13, 0), LocalTime.of(13, 30)), 510, List.of(LUNCH), true),
                new ShiftTemplate("P", List.of(LocalTime.of(17, 0), LocalTime.of(18, 0)), 240, List.of(), true));
        List<ShiftOption> options = new ArrayList<>();
        templates.forEach(t -> t.starts().forEach(start -> options.add(new ShiftOption(t, start))));
        int days = weeks * 7;

        List<Agent> agents = new ArrayList<>();
        double capacityMinutes = 0;
        for (int i = 0; i < agentCount; i++) {
            Set<String> languages = new HashSet<>();
            double pick = random.nextDouble();
            languages.add(pick < 0.6 ? "en" : pick < 0.85 ? "es" : "de");
            if (random.nextDouble() < 0.45) {
                languages.add(random.nextBoolean() ? "en" : "es");
            }
            if (random.nextDouble() < 0.15) {
                languages.add("de");
            }
            Set<String> trials = new HashSet<>();
            trials.add(random.nextDouble() < 0.6 ? "HEART-2" : "LUNG-1");
            if (random.nextDouble() < 0.5) {
                trials.add("HEART-2");
                trials.add("LUNG-1");
            }
            if (!languages.contains("en") && !languages.contains("es")) {
                trials.add("HEART-2"); // there is no LUNG-1 queue in German
            }
            int weeklyHours = new int[] {24, 32, 40, 40}[random.nextInt(4)];
            int max = weeklyHours * 60;
            Contract contract = new Contract(
                    max - 480,
                    max,
                    null,
                    null,
                    Map.of("P", 2 * weeks),
                    2,
                    5,
                    2,
                    Math.max(1, weeks / 2),
                    Contract.DEFAULT_REST_MINUTES,
                    List.of(new Contract.Succession("L", "E"), new Contract.Succession("P", "E")));
            capacityMinutes += max * weeks;
            Set<Integer> daysOff = new HashSet<>();
            for (int w = 0; w < weeks; w += 2) {
                daysOff.add(w * 7 + random.nextInt(Math.min(14, days - w * 7)));
            }
            agents.add(new Agent(
                    "a-" + (i + 1), "Agent " + (i + 1), languages, trials, Set.of(), contract, daysOff, List.of()));
        }

        // demand: a day of two peaks, weekdays full, Saturday 55 %, Sunday 35 %, scaled to the load wanted
        double[] shape = new double[30]; // 07:00 to 22:00 in half hours
        double shapeSum = 0;
        for (int s = 0; s < shape.length; s++) {
            double hour = 7 + s / 2.0 + 0.25;
            shape[s] = 0.25
                    + Math.exp(-Math.pow((hour - 10.5) / 1.8, 2))
                    + 0.8 * Math.exp(-Math.pow((hour - 15) / 2.2, 2))
                    + 0.3 * Math.exp(-Math.pow((hour - 19.5) / 1.2, 2));
            shapeSum += shape[s];
        }
        double[] dayFactors = {1.0, 0.95, 0.95, 0.9, 0.85, 0.55, 0.35};
        double dayFactorSum = 0;
        for (double f : dayFactors) {
            dayFactorSum += f;
        }
        // worked minutes wanted per week, spread as agents per half hour
        double agentHalfHoursPerWeek = load * capacityMinutes / weeks / 30;
        List<Demand> demands = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDate date = FIRST_DAY.plusDays(day);
            double dayShare = dayFactors[day % 7] / dayFactorSum * (0.9 + 0.2 * random.nextDouble());
            for (int q = 0; q < QUEUES.size(); q++) {
                for (int s = 0; s < shape.length; s++) {
                    double mean = agentHalfHoursPerWeek * dayShare * SHARES[q] * shape[s] / shapeSum;
                    int required = (int) Math.round(mean * (0.9 + 0.2 * random.nextDouble()));
                    if (required > 0) {
                        int start = day * 1440 + 7 * 60 + s * 30;
                        demands.add(new Demand(
                                QUEUES.get(q),
                                date.atTime(7, 0).plusMinutes(s * 30L),
                                start,
                                start + 30,
                                required,
                                1,
                                1,
                                null));
                    }
                }
            }
        }

        List<ShiftRequest> requests = new ArrayList<>();
        for (Agent agent : agents) {
            for (int r = 0; r < weeks; r++) {
                int day = random.nextInt(days);
                boolean on = random.nextDouble() < 0.3;
                String template = on ? templates.get(random.nextInt(3)).id() : null;
                requests.add(
                        new ShiftRequest(agent, day, FIRST_DAY.plusDays(day), template, on, 1 + random.nextInt(3)));
            }
        }

        List<ShiftAssignment> assignments = new ArrayList<>();
        for (Agent agent : agents) {
            for (int day = 0; day < days; day++) {
                assignments.add(new ShiftAssignment(agent, day, FIRST_DAY.plusDays(day)));
            }
        }
        return new Roster(FIRST_DAY, days, agents, templates, options, QUEUES, demands, requests, assignments);
    }
}
