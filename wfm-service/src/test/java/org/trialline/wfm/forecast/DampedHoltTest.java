package org.trialline.wfm.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DampedHoltTest {

    // worked by hand: level 10, trend 0; then level 11, trend 0.5; then level 12.725, trend 1.0875
    @Test
    void smoothingShouldFollowTheRecurrenceWorkedByHand() {
        DampedHolt holt = new DampedHolt(0.5, 0.5, 0.9);

        DampedHolt.State state = holt.smooth(new double[] {10, 12, 14}, 1);

        assertThat(state.level()).isCloseTo(12.725, within(1e-9));
        assertThat(state.trend()).isCloseTo(1.0875, within(1e-9));
        // one-step errors 2 and 2.55
        assertThat(state.squaredError()).isCloseTo(10.5025, within(1e-9));
        // 12.725 + 0.9 × 1.0875, and 12.725 + (0.9 + 0.81) × 1.0875
        assertThat(state.forecast(0.9, 1)).isCloseTo(13.70375, within(1e-9));
        assertThat(state.forecast(0.9, 2)).isCloseTo(14.584625, within(1e-9));
    }

    // from level 10 and trend 0: 12 and 14 forecast as 10, errors 2 and 4; then from level 11, trend 0.5: 14 as 11.45
    @Test
    void errorsShouldBeSummedOverTheHorizonAhead() {
        DampedHolt.State state = new DampedHolt(0.5, 0.5, 0.9).smooth(new double[] {10, 12, 14}, 2);

        assertThat(state.squaredError()).isCloseTo(4 + 16 + 6.5025, within(1e-9));
        assertThat(state.level()).isCloseTo(12.725, within(1e-9));
    }

    @Test
    void constantSeriesShouldForecastItsValueWhateverTheParameters() {
        DampedHolt.State state = new DampedHolt(0.3, 0.1, 0.98).smooth(new double[] {7, 7, 7, 7}, 7);

        assertThat(state.forecast(0.98, 30)).isCloseTo(7, within(1e-12));
    }
}
