package org.trialline.wfm.accuracy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.NavigableMap;
import org.trialline.wfm.forecast.DayCounts;

/**
 * Scores a method as a planner would use it: at the start of each test week, forecast the week's intervals from the
 * history before it, then compare with what came. An interval is scored only when the same interval a week earlier
 * is known too, so that every method is scored on the same intervals as the seasonal-naive baseline.
 */
final class Backtest {

    /** Forecasts an interval from the history before {@code origin}. */
    interface Method {

        String name();

        /** Prepares for a week's forecasts; called once per origin. */
        Forecast from(NavigableMap<LocalDate, DayCounts> history, LocalDate origin);
    }

    interface Forecast {
        double calls(LocalDate day, LocalTime start);
    }

    /** Absolute errors and actual calls, summed; WAPE = errors ÷ actual. */
    record Score(double intervalErrors, double dayErrors, double actual, int intervals, int weeks) {

        double intervalWape() {
            return intervalErrors / actual;
        }

        double dayWape() {
            return dayErrors / actual;
        }
    }

    private final NavigableMap<LocalDate, DayCounts> data;
    private final int minutes;
    private final LocalDate firstOrigin;

    /**
     * @param firstOrigin the first day forecast; every later week is forecast in turn
     */
    Backtest(NavigableMap<LocalDate, DayCounts> data, int minutes, LocalDate firstOrigin) {
        this.data = data;
        this.minutes = minutes;
        this.firstOrigin = firstOrigin;
    }

    Score score(Method method) {
        double intervalErrors = 0;
        double dayErrors = 0;
        double actual = 0;
        int intervals = 0;
        int weeks = 0;
        for (LocalDate origin = firstOrigin; !origin.isAfter(data.lastKey()); origin = origin.plusWeeks(1)) {
            Forecast forecast = method.from(data.headMap(origin, false), origin);
            weeks++;
            for (Map.Entry<LocalDate, DayCounts> day :
                    data.subMap(origin, origin.plusWeeks(1)).entrySet()) {
                if (!data.containsKey(day.getKey().minusWeeks(1))) {
                    continue;
                }
                double dayForecast = 0;
                for (int minute = 0; minute < 24 * 60; minute += minutes) {
                    LocalTime start = LocalTime.of(minute / 60, minute % 60);
                    double expected = forecast.calls(day.getKey(), start);
                    double came = day.getValue().calls(start);
                    intervalErrors += Math.abs(expected - came);
                    actual += came;
                    dayForecast += expected;
                    intervals++;
                }
                dayErrors += Math.abs(dayForecast - day.getValue().total());
            }
        }
        return new Score(intervalErrors, dayErrors, actual, intervals, weeks);
    }
}
