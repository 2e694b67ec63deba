package org.trialline.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code replay FILE [--speed N|max] [--at-original-time] [--report OUT.csv]}: replays the Anonymous Bank's 1999 call
 * records through a running TrialLine, as its phone system would have reported them, and optionally writes the daily
 * report the system then gives. Exit codes: 0 done, 1 the system refused or did not answer, 2 bad input.
 */
public final class Replay {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** The centre whose records these are worked in Israel. */
    static final ZoneId CENTRE_ZONE = ZoneId.of("Asia/Jerusalem");

    private static final int LANES = 4;
    private static final Duration REPORT_TIMEOUT = Duration.ofMinutes(2);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    Replay(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(new Replay(System.out, System.err, System.getenv()).run(args));
    }

    int run(String... args) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            out.println(ReplayOptions.USAGE);
            return OK;
        }
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(arguments, environment);
        } catch (ReplayOptions.BadOptionException e) {
            err.println("replay: " + e.getMessage() + "; " + ReplayOptions.USAGE);
            return USAGE;
        }
        try {
            return replay(options);
        } catch (ReplayException e) {
            err.println("replay: " + e.getMessage());
            return FAILED;
        } catch (IOException | UncheckedIOException e) {
            err.println("replay: cannot read " + options.file() + ": " + e.getMessage());
            return FAILED;
        }
    }

    private int replay(ReplayOptions options) throws IOException {
        Instant started = Instant.now();
        CallPlan plan = CallPlan.read(options.file(), CENTRE_ZONE, LANES);
        if (plan.contacts() == 0) {
            err.println("replay: " + options.file() + " holds no call that reached a queue (" + plan.lines()
                    + " lines, " + plan.problemCount() + " unreadable)");
            return USAGE;
        }
        Retiming retiming = options.keepsOriginalTime()
                ? Retiming.ORIGINAL
                : Retiming.firstCallAt(plan.firstEventAt(), Instant.now());
        describe(options, plan, retiming);
        ReplayOptions.Accounts accounts = options.accounts();
        GatewayClient gateway = new GatewayClient(
                options.gateway(),
                Map.of(
                        accounts.telephonyUser(), accounts.telephonyPassword(),
                        accounts.supervisorUser(), accounts.supervisorPassword()));
        CentreSetUp setUp = new CentreSetUp(gateway, accounts.supervisorUser());
        setUp.queues(plan.queues());
        setUp.agents(plan.skills());
        Instant sending = Instant.now();
        Sender.Tally tally =
                new Sender(gateway, accounts.telephonyUser(), LANES, out).send(plan.retimed(retiming), options.speed());
        Duration took = Duration.between(sending, Instant.now());
        summarise(plan, tally, took);
        if (options.report() != null) {
            report(options, plan, retiming, gateway, tally);
        }
        out.println("replay: done in " + seconds(Duration.between(started, Instant.now())) + " s");
        return OK;
    }

    private void describe(ReplayOptions options, CallPlan plan, Retiming retiming) {
        long standIns = plan.skills().keySet().stream()
                .filter(agent -> agent.startsWith(CallPlan.STAND_IN))
                .count();
        out.println("replay: " + options.file() + ": " + plan.contacts() + " calls from " + plan.firstDay() + " to "
                + plan.lastDay() + ", " + plan.steps().size() + " events, queues " + plan.queues() + ", "
                + plan.skills().size() + " agents (" + standIns + " stand-ins)");
        if (plan.problemCount() > 0) {
            err.println("replay: " + plan.problemCount() + " lines could not be read and are left out; first: "
                    + String.join("; ", plan.problems()));
        }
        String speed = options.asFastAsPossible() ? "as fast as the system takes them" : options.speed() + "x";
        String when = retiming.shift().isZero()
                ? "at their 1999 times"
                : "shifted by " + retiming.shift().toDays() + " days so the first call is now";
        out.println("replay: sending to " + options.gateway() + ", " + speed + ", " + when);
    }

    private void summarise(CallPlan plan, Sender.Tally tally, Duration took) {
        double perSecond = tally.events() / Math.max(0.001, took.toNanos() / 1e9);
        out.println("replay: sent " + tally.events() + " events in " + seconds(took) + " s ("
                + String.format(Locale.ROOT, "%.0f", perSecond) + " events/s): " + tally.applied() + " applied, "
                + tally.duplicates() + " already there, " + tally.refused() + " refused");
        if (tally.refused() > 0) {
            err.println("replay: refused, first: " + String.join("; ", tally.refusals()));
        }
    }

    private void report(
            ReplayOptions options, CallPlan plan, Retiming retiming, GatewayClient gateway, Sender.Tally tally)
            throws IOException {
        DailyReport report = new DailyReport(gateway, options.accounts().supervisorUser(), CENTRE_ZONE);
        // a shift moves the days too, by its whole days or one more
        long shiftDays = retiming.shift().toDays();
        long extraDay = retiming.shift().isZero() ? 0 : 1;
        List<DailyReport.Row> rows = report.await(
                plan.firstDay().plusDays(shiftDays),
                plan.lastDay().plusDays(shiftDays + extraDay),
                tally.contactsTaken(),
                REPORT_TIMEOUT);
        DailyReport.write(options.report(), rows);
        out.println("replay: report of " + rows.size() + " days and queues written to " + options.report());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
