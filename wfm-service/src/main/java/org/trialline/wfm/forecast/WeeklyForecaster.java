package org.trialline.wfm.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Learns a queue's weekly pattern from its recent history: a factor per day of the week, a damped Holt level and
 * trend of the daily totals with the weekly pattern taken out, and for each day of the week the share of the day's
 * calls each interval receives and the handle time it takes. The method and its measured accuracy are in the
 * module's README.
 */
public final class WeeklyForecaster {

    private static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7};
    private static final double[] BETAS = {0, 0.05, 0.1, 0.2};
    private static final double[] PHIS = {0.8, 0.9, 0.95, 0.98, 1};

    /** The window the README's accuracy figures chose: longer ones smooth the noise of single days away. */
    public static final int WEEKS = 12;

    /**
     * Smoothing parameters are fitted to the errors of forecasts up to this many open days ahead, a week of a centre
     * open daily: planners forecast the weeks ahead, not tomorrow, and parameters fitted to one-step errors follow
     * each day's noise too closely (the README has the figures).
     */
    public static final int FIT_HORIZON = 7;

    private final int weeks;
    private final int fitHorizon;

    /**
     * @param weeks how many weeks before the forecast the patterns, level and trend are learnt from
     * @param fitHorizon how many steps ahead the smoothing parameters are fitted to forecast
     */
    public WeeklyForecaster(int weeks, int fitHorizon) {
        this.weeks = weeks;
        this.fitHorizon = fitHorizon;
    }

    /**
     * Fits the model to the days before {@code origin}. A day absent from {@code history} is unknown, not a day
     * without calls: a special day left out of the training, or a weekend the data does not cover.
     */
    public ForecastModel fit(NavigableMap<LocalDate, DayCounts> history, LocalDate origin) {
        NavigableMap<LocalDate, DayCounts> window = history.subMap(origin.minusWeeks(weeks), true, origin, false);
        if (window.isEmpty()) {
            throw new IllegalArgumentException("no history in the " + weeks + " weeks before " + origin);
        }
        double[] factors = weekdayFactors(window);
        List<Double> deseasonalised = new ArrayList<>();
        window.forEach((day, counts) -> {
            double factor = factors[index(day.getDayOfWeek())];
            if (factor > 0) {
                deseasonalised.add(counts.total() / factor);
            }
        });
        DampedHolt.State state = null;
        DampedHolt best = null;
        double[] series =
                deseasonalised.stream().mapToDouble(Double::doubleValue).toArray();
        if (series.length > 0) {
            for (double alpha : ALPHAS) {
                for (double beta : BETAS) {
                    for (double phi : PHIS) {
                        DampedHolt holt = new DampedHolt(alpha, beta, phi);
                        DampedHolt.State candidate = holt.smooth(series, fitHorizon);
                        if (state == null || candidate.squaredError() < state.squaredError()) {
                            state = candidate;
                            best = holt;
                        }
                    }
                }
            }
        }
        return new ForecastModel(origin, factors, best, state, profiles(window), handleTimes(window));
    }

    // mean calls per day of the week, over the mean of those means; NaN for a day of the week never seen
    private static double[] weekdayFactors(Map<LocalDate, DayCounts> window) {
        double[] sums = new double[7];
        int[] days = new int[7];
        window.forEach((day, counts) -> {
            sums[index(day.getDayOfWeek())] += counts.total();
            days[index(day.getDayOfWeek())]++;
        });
        double[] factors = new double[7];
        double meanOfMeans = 0;
        int seen = 0;
        for (int d = 0; d < 7; d++) {
            factors[d] = days[d] == 0 ? Double.NaN : sums[d] / days[d];
            if (days[d] > 0) {
                meanOfMeans += factors[d];
                seen++;
            }
        }
        meanOfMeans /= seen;
        for (int d = 0; d < 7; d++) {
            factors[d] = meanOfMeans == 0 ? factors[d] * 0 : factors[d] / meanOfMeans;
        }
        return factors;
    }

    // per day of the week, each interval's calls over the day's calls, summed over the window's weeks
    private static Map<DayOfWeek, Map<LocalTime, Double>> profiles(Map<LocalDate, DayCounts> window) {
        Map<DayOfWeek, Map<LocalTime, Double>> calls = new HashMap<>();
        Map<DayOfWeek, Double> totals = new HashMap<>();
        window.forEach((day, counts) -> {
            Map<LocalTime, Double> profile = calls.computeIfAbsent(day.getDayOfWeek(), d -> new TreeMap<>());
            counts.slots().forEach((start, slot) -> profile.merge(start, slot.calls(), Double::sum));
            totals.merge(day.getDayOfWeek(), counts.total(), Double::sum);
        });
        calls.forEach((weekday, profile) -> {
            double total = totals.get(weekday);
            profile.replaceAll((start, sum) -> total == 0 ? 0 : sum / total);
        });
        return calls;
    }

    private static HandleTimes handleTimes(Map<LocalDate, DayCounts> window) {
        HandleTimes times = new HandleTimes();
        window.forEach((day, counts) -> counts.slots()
                .forEach((start, slot) ->
                        times.add(day.getDayOfWeek(), start, slot.handledCalls(), slot.handleSeconds())));
        return times;
    }

    static int index(DayOfWeek weekday) {
        return weekday.getValue() - 1;
    }
}
