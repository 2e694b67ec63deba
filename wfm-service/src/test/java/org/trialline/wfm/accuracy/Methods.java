package org.trialline.wfm.accuracy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.NavigableMap;
import org.trialline.wfm.forecast.DayCounts;
import org.trialline.wfm.forecast.ForecastModel;
import org.trialline.wfm.forecast.WeeklyForecaster;

/** The methods the accuracy report compares. */
final class Methods {

    private Methods() {}

    /** The baseline: the same interval one week earlier. */
    static Backtest.Method seasonalNaive() {
        return new Backtest.Method() {
            @Override
            public String name() {
                return "seasonal naive (same interval a week earlier)";
            }

            @Override
            public Backtest.Forecast from(NavigableMap<LocalDate, DayCounts> history, LocalDate origin) {
                return (day, start) -> lastSeen(history, day, start);
            }
        };
    }

    // a day inside the forecast week is a week after a day of the history, or two weeks after one
    private static double lastSeen(NavigableMap<LocalDate, DayCounts> history, LocalDate day, LocalTime start) {
        for (LocalDate earlier = day.minusWeeks(1); ; earlier = earlier.minusWeeks(1)) {
            if (history.containsKey(earlier)) {
                return history.get(earlier).calls(start);
            }
            if (earlier.isBefore(history.firstKey())) {
                return 0;
            }
        }
    }

    /** The same interval averaged over the last {@code weeks} weeks that hold its day of the week. */
    static Backtest.Method weeklyMean(int weeks) {
        return new Backtest.Method() {
            @Override
            public String name() {
                return "mean of the same interval over " + weeks + " weeks";
            }

            @Override
            public Backtest.Forecast from(NavigableMap<LocalDate, DayCounts> history, LocalDate origin) {
                return (day, start) -> {
                    double sum = 0;
                    int seen = 0;
                    for (LocalDate earlier = day.minusWeeks(1);
                            seen < weeks && !earlier.isBefore(history.firstKey());
                            earlier = earlier.minusWeeks(1)) {
                        DayCounts counts = history.get(earlier);
                        if (counts != null) {
                            sum += counts.calls(start);
                            seen++;
                        }
                    }
                    return seen == 0 ? 0 : sum / seen;
                };
            }
        };
    }

    /** The product's method: day-of-week factors, damped Holt on daily totals, intraday profiles per weekday. */
    static Backtest.Method weekly(int weeks, int fitHorizon) {
        WeeklyForecaster forecaster = new WeeklyForecaster(weeks, fitHorizon);
        return new Backtest.Method() {
            @Override
            public String name() {
                return "weekday factors × damped Holt × intraday profile, " + weeks + " weeks, fit " + fitHorizon
                        + (fitHorizon == 1 ? " step" : " steps");
            }

            @Override
            public Backtest.Forecast from(NavigableMap<LocalDate, DayCounts> history, LocalDate origin) {
                ForecastModel model = forecaster.fit(history, origin);
                return (day, start) -> model.knows(day.getDayOfWeek()) ? model.calls(day, start) : 0;
            }
        };
    }
}
