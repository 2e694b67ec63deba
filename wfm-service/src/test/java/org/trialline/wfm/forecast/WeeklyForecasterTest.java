package org.trialline.wfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Four weeks of a queue open Monday to Saturday: weekdays 20 calls at 09:00 and 60 at 09:30 (80 a day), Saturdays
 * half of that, Sundays closed. Worked by hand: the day means are 80, 40 and 0, their mean 440/7, so the factors are
 * 14/11 for a weekday, 7/11 for Saturday and 0 for Sunday; every open day deseasonalised is 440/7, a constant level
 * without trend, so a weekday forecasts 440/7 × 14/11 = 80 and a Saturday 40, split 1:3 as in the history.
 */
class WeeklyForecasterTest {

    private static final LocalDate ORIGIN = LocalDate.of(2026, 2, 2); // a Monday
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime HALF_PAST_NINE = LocalTime.of(9, 30);

    private final WeeklyForecaster forecaster =
            new WeeklyForecaster(WeeklyForecaster.WEEKS, WeeklyForecaster.FIT_HORIZON);

    @Test
    void weeklyPatternShouldBeForecastAsWorkedByHand() {
        ForecastModel model = forecaster.fit(fourWeeks(), ORIGIN);

        assertThat(model.dayTotal(ORIGIN)).isCloseTo(80, within(1e-9));
        assertThat(model.calls(ORIGIN, NINE)).isCloseTo(20, within(1e-9));
        assertThat(model.calls(ORIGIN, HALF_PAST_NINE)).isCloseTo(60, within(1e-9));
        assertThat(model.calls(ORIGIN, LocalTime.of(10, 0))).isZero();
        LocalDate saturday = ORIGIN.plusDays(5);
        assertThat(model.calls(saturday, NINE)).isCloseTo(10, within(1e-9));
        assertThat(model.calls(saturday, HALF_PAST_NINE)).isCloseTo(30, within(1e-9));
        // three weeks ahead nothing has drifted: there is no trend to extrapolate
        assertThat(model.calls(ORIGIN.plusWeeks(3).plusDays(3), HALF_PAST_NINE)).isCloseTo(60, within(1e-9));
    }

    @Test
    void closedDayShouldForecastNoCallsInEveryInterval() {
        ForecastModel model = forecaster.fit(fourWeeks(), ORIGIN);
        LocalDate sunday = ORIGIN.plusDays(6);

        assertThat(model.dayTotal(sunday)).isZero();
        assertThat(model.calls(sunday, NINE)).isZero();
        assertThat(model.calls(sunday, LocalTime.MIDNIGHT)).isZero();
    }

    @Test
    void dayLeftOutOfTheHistoryShouldNotPullTheForecastDown() {
        NavigableMap<LocalDate, DayCounts> history = fourWeeks();
        // a holiday without calls, which the service leaves out of the training as a special day
        history.remove(LocalDate.of(2026, 1, 14));

        ForecastModel model = forecaster.fit(history, ORIGIN);

        assertThat(model.dayTotal(ORIGIN.plusDays(2))).isCloseTo(80, within(1e-9));
    }

    @Test
    void handleTimeShouldBeTheCallWeightedMeanOfTheInterval() {
        NavigableMap<LocalDate, DayCounts> history = new TreeMap<>();
        // two Mondays: 10 calls of 200 s, then 30 calls of 400 s; (2,000 + 12,000) ÷ 40 = 350 s
        history.put(ORIGIN.minusWeeks(2), new DayCounts().add(NINE, 10, 200.0));
        history.put(ORIGIN.minusWeeks(1), new DayCounts().add(NINE, 30, 400.0));

        ForecastModel model = forecaster.fit(history, ORIGIN);

        assertThat(model.ahtSeconds(ORIGIN, NINE)).isCloseTo(350, within(1e-9));
        // no calls at 10:00 in the history: the Monday's mean stands in
        assertThat(model.ahtSeconds(ORIGIN, LocalTime.of(10, 0))).isCloseTo(350, within(1e-9));
    }

    @Test
    void dayOfTheWeekNeverSeenShouldNotBeForecast() {
        NavigableMap<LocalDate, DayCounts> history = new TreeMap<>();
        history.put(ORIGIN.minusWeeks(1), new DayCounts().add(NINE, 10, null));

        ForecastModel model = forecaster.fit(history, ORIGIN);

        assertThat(model.knows(DayOfWeek.MONDAY)).isTrue();
        assertThat(model.knows(DayOfWeek.TUESDAY)).isFalse();
        assertThatThrownBy(() -> model.dayTotal(ORIGIN.plusDays(1))).hasMessageContaining("TUESDAY");
    }

    private static NavigableMap<LocalDate, DayCounts> fourWeeks() {
        NavigableMap<LocalDate, DayCounts> history = new TreeMap<>();
        for (LocalDate day = ORIGIN.minusWeeks(4); day.isBefore(ORIGIN); day = day.plusDays(1)) {
            DayCounts counts = new DayCounts();
            switch (day.getDayOfWeek()) {
                case SATURDAY -> counts.add(NINE, 10, null).add(HALF_PAST_NINE, 30, null);
                case SUNDAY -> {}
                default -> counts.add(NINE, 20, null).add(HALF_PAST_NINE, 60, null);
            }
            history.put(day, counts);
        }
        return history;
    }
}
