package org.trialline.wfm.accuracy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import org.trialline.wfm.forecast.DayCounts;
import org.trialline.wfm.forecast.WeeklyForecaster;

/**
 * Prints the forecast accuracy on the two real data sets: each method forecasts every week after the first
 * {@value #TRAINING_WEEKS} from the weeks before it, scored by WAPE against what came. Run by
 * {@code wfm-service/accuracy}.
 */
public final class AccuracyReport {

    private static final int TRAINING_WEEKS = 8;

    private AccuracyReport() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        System.out.printf(
                "machine: %d cores, %d MiB heap max, %s %s, %s%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.name"));
        report(
                "Anonymous Bank 1999, all service lines, 30-minute intervals",
                BankMonths.read(data.resolve("anonymous-bank-1999"), 30, null),
                30);
        report(
                "Anonymous Bank 1999, PS (regular, Hebrew), 30-minute intervals",
                BankMonths.read(data.resolve("anonymous-bank-1999"), 30, "PS"),
                30);
        report(
                "US bank 2003, 15-minute intervals",
                UsBankCalls.read(data.resolve("us-bank-2003").resolve("calls.csv"), 15),
                15);
        report(
                "US bank 2003, 30-minute intervals",
                UsBankCalls.read(data.resolve("us-bank-2003").resolve("calls.csv"), 30),
                30);
    }

    private static void report(String title, NavigableMap<LocalDate, DayCounts> days, int minutes) {
        LocalDate firstOrigin = days.firstKey()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(TRAINING_WEEKS);
        Backtest backtest = new Backtest(days, minutes, firstOrigin);
        System.out.printf(
                "%n%s: %d days %s to %s; forecast each week from %s on%n",
                title, days.size(), days.firstKey(), days.lastKey(), firstOrigin);
        List<Backtest.Method> methods = List.of(
                Methods.seasonalNaive(),
                Methods.weeklyMean(4),
                Methods.weekly(WeeklyForecaster.WEEKS, 1),
                Methods.weekly(4, WeeklyForecaster.FIT_HORIZON),
                Methods.weekly(8, WeeklyForecaster.FIT_HORIZON),
                Methods.weekly(WeeklyForecaster.WEEKS, WeeklyForecaster.FIT_HORIZON));
        double baseline = Double.NaN;
        for (Backtest.Method method : methods) {
            Backtest.Score score = backtest.score(method);
            if (Double.isNaN(baseline)) {
                baseline = score.intervalWape();
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %-72s interval WAPE %5.1f %%  (%+5.1f points vs baseline)  daily WAPE %5.1f %%"
                            + "  [%d weeks, %d intervals]%n",
                    method.name(),
                    100 * score.intervalWape(),
                    100 * (score.intervalWape() - baseline),
                    100 * score.dayWape(),
                    score.weeks(),
                    score.intervals());
        }
    }
}
