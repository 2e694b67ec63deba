package org.trialline.wfm.roster.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trialline.wfm.forecast.DayCounts;
import org.trialline.wfm.forecast.ForecastModel;
import org.trialline.wfm.forecast.WeeklyForecaster;
import org.trialline.wfm.roster.Agent;
import org.trialline.wfm.roster.Contract;
import org.trialline.wfm.roster.Demand;
import org.trialline.wfm.roster.Queue;
import org.trialline.wfm.roster.Roster;
import org.trialline.wfm.roster.RosterConstraints;
import org.trialline.wfm.roster.ShiftAssignment;
import org.trialline.wfm.roster.ShiftOption;
import org.trialline.wfm.roster.ShiftTemplate;
import org.trialline.wfm.staffing.ErlangC;
import org.trialline.wfm.staffing.Staffing;
import org.trialline.wfm.staffing.Target;
import org.trialline.wfm.staffing.Traffic;

/**
 * The real-input report of the module README: a roster for the Anonymous Bank's centre in the first week(s) of March
 * 1999, from the service's own forecast (trained on January and February) and Erlang C staffing, set against the
 * agents the centre actually had busy. Run by {@code bash wfm-service/roster-bench bank}; arguments {@code --seconds
 * N} (60), {@code --weeks N} (1), {@code --csv FILE}, {@code --data DIR}.
 */
public final class BankRosterReport {

    static final LocalDate ORIGIN = LocalDate.of(1999, 3, 1); // a Monday; history is everything before it
    static final List<String> TYPES = List.of("PS", "PE", "IN", "NE", "NW", "TT");
    static final int MINUTES = 30;
    static final int SLOTS = 1440 / MINUTES;
    /** 80 % of calls answered within 20 s, occupancy at most 85 %, 30 % of rostered time lost to breaks and more. */
    static final Target TARGET = new Target(0.8, 20, 0.85, 0.3);

    private BankRosterReport() {}

    public static void main(String[] args) throws IOException {
        RosterBench.quiet();
        int seconds = 60;
        int weeks = 1;
        Path csv = null;
        Path data = Path.of("../shared/data");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds":
                    seconds = Integer.parseInt(args[++i]);
                    break;
                case "--weeks":
                    weeks = Integer.parseInt(args[++i]);
                    break;
                case "--csv":
                    csv = Path.of(args[++i]);
                    break;
                case "--data":
                    data = Path.of(args[++i]);
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path folder = data.resolve("anonymous-bank-1999");
        LocalDate end = ORIGIN.plusWeeks(weeks);
        int days = weeks * 7;
        List<BankCalls.Call> history = BankCalls.read(folder, ORIGIN.minusWeeks(WeeklyForecaster.WEEKS), ORIGIN);
        List<BankCalls.Call> actual = BankCalls.read(folder, ORIGIN, end);

        // agents: whoever served calls in the four weeks before the roster, skilled in the lines they served then
        Map<String, Set<String>> skills = new TreeMap<>();
        for (BankCalls.Call call : history) {
            if (call.server() != null && !call.date().isBefore(ORIGIN.minusWeeks(4))) {
                skills.computeIfAbsent(call.server(), s -> new TreeSet<>()).add(call.type());
            }
        }

        // forecast per line: the service's weekly forecaster on the counts per day and half hour, with handle times
        Map<String, ForecastModel> models = new LinkedHashMap<>();
        Map<String, Double> meanAht = new HashMap<>();
        for (String type : TYPES) {
            NavigableMap<LocalDate, DayCounts> counts = new TreeMap<>();
            double served = 0;
            double serviceSeconds = 0;
            for (BankCalls.Call call : history) {
                counts.computeIfAbsent(call.date(), d -> new DayCounts());
            }
            for (BankCalls.Call call : history) {
                if (!call.type().equals(type)) {
                    continue;
                }
                LocalDate date = call.date().plusDays(call.offered() / 86_400);
                int slot = call.offered() % 86_400 / 60 / MINUTES * MINUTES;
                Double aht = call.server() != null && call.serviceSeconds() > 0 ? (double) call.serviceSeconds() : null;
                counts.computeIfAbsent(date, d -> new DayCounts()).add(LocalTime.of(slot / 60, slot % 60), 1, aht);
                if (aht != null) {
                    served++;
                    serviceSeconds += aht;
                }
            }
            models.put(
                    type,
                    new WeeklyForecaster(WeeklyForecaster.WEEKS, WeeklyForecaster.FIT_HORIZON).fit(counts, ORIGIN));
            meanAht.put(type, serviceSeconds / served);
        }

        // requirements per line and half hour by Erlang C
        double[][][] calls = new double[TYPES.size()][days][SLOTS];
        double[][][] aht = new double[TYPES.size()][days][SLOTS];
        int[][][] required = new int[TYPES.size()][days][SLOTS];
        List<Queue> queues = new ArrayList<>();
        List<Demand> demands = new ArrayList<>();
        for (int q = 0; q < TYPES.size(); q++) {
            String type = TYPES.get(q);
            Queue queue = new Queue(type, "he", "bank");
            queues.add(queue);
            for (int d = 0; d < days; d++) {
                LocalDate date = ORIGIN.plusDays(d);
                for (int s = 0; s < SLOTS; s++) {
                    LocalTime start = LocalTime.of(s * MINUTES / 60, s * MINUTES % 60);
                    double expected = models.get(type).calls(date, start);
                    Double seconds1 = models.get(type).ahtSeconds(date, start);
                    calls[q][d][s] = expected;
                    aht[q][d][s] = seconds1 == null ? meanAht.get(type) : seconds1;
                    if (expected > 0) {
                        required[q][d][s] = Staffing.required(
                                        new ErlangC(new Traffic(expected, MINUTES * 60, aht[q][d][s])), TARGET)
                                .scheduledAgents();
                    }
                    if (required[q][d][s] > 0) {
                        int at = d * 1440 + s * MINUTES;
                        demands.add(
                                new Demand(queue, date.atTime(start), at, at + MINUTES, required[q][d][s], 1, 1, null));
                    }
                }
            }
        }

        // the bank's published shift patterns: six hours, starting every two hours from 06:00, and one at midnight
        List<ShiftTemplate> templates = List.of(
                new ShiftTemplate("night", List.of(LocalTime.MIDNIGHT), 360, List.of(), true),
                new ShiftTemplate(
                        "day",
                        List.of(
                                LocalTime.of(6, 0),
                                LocalTime.of(8, 0),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                LocalTime.of(14, 0)),
                        360,
                        List.of(),
                        false),
                new ShiftTemplate("evening", List.of(LocalTime.of(16, 0), LocalTime.of(18, 0)), 360, List.of(), true));
        List<ShiftOption> options = new ArrayList<>();
        templates.forEach(t -> t.starts().forEach(start -> options.add(new ShiftOption(t, start))));
        List<Agent> agents = new ArrayList<>();
        List<ShiftAssignment> assignments = new ArrayList<>();
        // the contracts are not in the data: at most six shifts of six hours a week, 11 hours' rest, two days off
        // after at most six in a row
        Contract contract =
                new Contract(null, 6 * 360, null, null, null, null, 6, null, null, Contract.DEFAULT_REST_MINUTES, null);
        for (Map.Entry<String, Set<String>> server : skills.entrySet()) {
            Agent agent = new Agent(
                    server.getKey(),
                    server.getKey(),
                    Set.of(),
                    Set.of(),
                    server.getValue(),
                    contract,
                    Set.of(),
                    List.of());
            agents.add(agent);
            for (int d = 0; d < days; d++) {
                assignments.add(new ShiftAssignment(agent, d, ORIGIN.plusDays(d)));
            }
        }
        Roster problem = new Roster(ORIGIN, days, agents, templates, options, queues, demands, List.of(), assignments);
        System.out.printf(
                "Anonymous Bank 1999: %d agents (servers of the 4 weeks before %s), %d lines, %d days from %s,"
                        + " %d half-hour demands; solving %d s with all of the service's rules%n",
                agents.size(), ORIGIN, TYPES.size(), days, ORIGIN, demands.size(), seconds);
        Solving.Outcome outcome = Solving.solve(problem, RosterConstraints.class, Duration.ofSeconds(seconds));
        System.out.printf(
                "score %s, first feasible %s%n",
                outcome.score(),
                outcome.firstFeasibleMillis() < 0 ? "none" : outcome.firstFeasibleMillis() / 1000.0 + " s");

        // covered per line and half hour, from the solved shifts
        int[][][] covered = new int[TYPES.size()][days][SLOTS];
        for (ShiftAssignment shift : outcome.best().getAssignments()) {
            if (!shift.isWorking()) {
                continue;
            }
            int q = TYPES.indexOf(shift.getQueue().id());
            for (int at = shift.start(); at + MINUTES <= shift.end(); at += MINUTES) {
                int d = at / 1440;
                if (d < days && at % MINUTES == 0) {
                    covered[q][d][at % 1440 / MINUTES]++;
                }
            }
        }

        // what the centre had: calls offered and agents busy (service seconds overlapping the half hour ÷ 1800)
        double[][][] actualCalls = new double[TYPES.size()][days][SLOTS];
        double[][][] busy = new double[TYPES.size()][days][SLOTS];
        List<Set<String>> servers = new ArrayList<>();
        for (int i = 0; i < days * SLOTS; i++) {
            servers.add(new TreeSet<>());
        }
        for (BankCalls.Call call : actual) {
            int q = TYPES.indexOf(call.type());
            if (q < 0) {
                continue;
            }
            int dayOffset =
                    (int) Duration.between(ORIGIN.atStartOfDay(), call.date().atStartOfDay())
                            .toDays();
            int offeredSlot = dayOffset * SLOTS + call.offered() / 60 / MINUTES;
            if (offeredSlot < days * SLOTS) {
                actualCalls[q][offeredSlot / SLOTS][offeredSlot % SLOTS]++;
            }
            if (call.server() == null) {
                continue;
            }
            long from = dayOffset * 86_400L + call.serviceStart();
            long to = from + call.serviceSeconds();
            for (long slot = from / (MINUTES * 60); slot * MINUTES * 60 < to && slot < (long) days * SLOTS; slot++) {
                long overlap = Math.min(to, (slot + 1) * MINUTES * 60) - Math.max(from, slot * MINUTES * 60);
                busy[q][(int) slot / SLOTS][(int) slot % SLOTS] += overlap / (MINUTES * 60.0);
                servers.get((int) slot).add(call.server());
            }
        }

        // the report
        PrintWriter out = csv == null ? null : new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8));
        if (out != null) {
            out.println("date,start,line,forecast_calls,aht_seconds,required,covered,predicted_sl,actual_calls,"
                    + "actual_busy_agents");
        }
        System.out.println();
        System.out.println("| line | agents skilled | required agent-half-hours | covered (up to required) | coverage |"
                + " half hours with calls forecast | under 80 % in 20 s | mean predicted SL |"
                + " mean SL, all covered on calls | forecast calls | actual calls |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        long allRequired = 0;
        long allCovered = 0;
        int allIntervals = 0;
        int allUnder = 0;
        double allSl = 0;
        double allSlNoShrinkage = 0;
        for (int q = 0; q < TYPES.size(); q++) {
            String type = TYPES.get(q);
            long sumRequired = 0;
            long sumCovered = 0;
            int intervals = 0;
            int under = 0;
            double sumSl = 0;
            double sumSlNoShrinkage = 0;
            double forecast = 0;
            double real = 0;
            for (int d = 0; d < days; d++) {
                for (int s = 0; s < SLOTS; s++) {
                    sumRequired += required[q][d][s];
                    sumCovered += Math.min(required[q][d][s], covered[q][d][s]);
                    forecast += calls[q][d][s];
                    real += actualCalls[q][d][s];
                    Double sl = null;
                    if (calls[q][d][s] > 0) {
                        sl = predicted(calls[q][d][s], aht[q][d][s], covered[q][d][s]);
                        intervals++;
                        sumSl += sl;
                        sumSlNoShrinkage += new ErlangC(new Traffic(calls[q][d][s], MINUTES * 60, aht[q][d][s]))
                                .evaluate(covered[q][d][s], TARGET.answerSeconds())
                                .serviceLevel();
                        if (sl < TARGET.serviceLevel()) {
                            under++;
                        }
                    }
                    if (out != null && (required[q][d][s] > 0 || covered[q][d][s] > 0 || actualCalls[q][d][s] > 0)) {
                        out.printf(
                                Locale.ROOT,
                                "%s,%s,%s,%.2f,%.1f,%d,%d,%s,%d,%.2f%n",
                                ORIGIN.plusDays(d),
                                LocalTime.of(s * MINUTES / 60, s * MINUTES % 60),
                                type,
                                calls[q][d][s],
                                aht[q][d][s],
                                required[q][d][s],
                                covered[q][d][s],
                                sl == null ? "" : String.format(Locale.ROOT, "%.3f", sl),
                                (int) actualCalls[q][d][s],
                                busy[q][d][s]);
                    }
                }
            }
            int skilled = (int)
                    skills.values().stream().filter(set -> set.contains(type)).count();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f %% | %d | %d | %.3f | %.3f | %.0f | %.0f |%n",
                    type,
                    skilled,
                    sumRequired,
                    sumCovered,
                    100.0 * sumCovered / Math.max(1, sumRequired),
                    intervals,
                    under,
                    intervals == 0 ? Double.NaN : sumSl / intervals,
                    intervals == 0 ? Double.NaN : sumSlNoShrinkage / intervals,
                    forecast,
                    real);
            allRequired += sumRequired;
            allCovered += sumCovered;
            allIntervals += intervals;
            allUnder += under;
            allSl += sumSl;
            allSlNoShrinkage += sumSlNoShrinkage;
        }
        System.out.printf(
                Locale.ROOT,
                "| all | %d | %d | %d | %.1f %% | %d | %d | %.3f | %.3f | | |%n",
                agents.size(),
                allRequired,
                allCovered,
                100.0 * allCovered / Math.max(1, allRequired),
                allIntervals,
                allUnder,
                allSl / Math.max(1, allIntervals),
                allSlNoShrinkage / Math.max(1, allIntervals));
        if (out != null) {
            out.close();
        }

        // rostered against actually busy, over the half hours in which the centre served calls
        int open = 0;
        double rostered = 0;
        double busyAgents = 0;
        double distinctServers = 0;
        double required0 = 0;
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < SLOTS; s++) {
                double b = 0;
                int c = 0;
                int r = 0;
                for (int q = 0; q < TYPES.size(); q++) {
                    b += busy[q][d][s];
                    c += covered[q][d][s];
                    r += required[q][d][s];
                }
                if (b > 0) {
                    open++;
                    busyAgents += b;
                    rostered += c;
                    required0 += r;
                    distinctServers += servers.get(d * SLOTS + s).size();
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nOver the %d half hours in which the centre served calls (%s to %s): mean agents busy on calls %.2f,"
                        + " mean distinct agents serving %.2f; rostered here %.2f,"
                        + " required (scheduled, shrinkage %.0f %%) %.2f%n",
                open,
                ORIGIN,
                end.minusDays(1),
                busyAgents / open,
                distinctServers / open,
                rostered / open,
                100 * TARGET.shrinkage(),
                required0 / open);
        System.out.printf(Locale.ROOT, "Days: %s%n", dayNames(days));
        if (csv != null) {
            System.out.println("per half hour and line: " + csv);
        }
    }

    /** The service level Erlang C predicts when the covered agents lose the target's shrinkage to other work. */
    static double predicted(double calls, double ahtSeconds, int covered) {
        int onCalls = (int) Math.floor(covered * (1 - TARGET.shrinkage()) + 1e-9);
        return new ErlangC(new Traffic(calls, MINUTES * 60, ahtSeconds))
                .evaluate(onCalls, TARGET.answerSeconds())
                .serviceLevel();
    }

    private static String dayNames(int days) {
        StringBuilder names = new StringBuilder();
        for (int d = 0; d < days; d++) {
            DayOfWeek day = ORIGIN.plusDays(d).getDayOfWeek();
            names.append(d == 0 ? "" : ", ")
                    .append(ORIGIN.plusDays(d))
                    .append(' ')
                    .append(day.toString(), 0, 3);
        }
        return names.toString();
    }
}
