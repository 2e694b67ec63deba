package org.trialline.wfm.forecast;

/**
 * Holt's linear smoothing with a damped trend (Gardner and McKenzie), the level and trend of a queue's deseasonalised
 * daily totals. A damped trend keeps a short run of growth from being extrapolated for weeks.
 *
 * @param alpha how fast the level follows the data, 0 to 1
 * @param beta how fast the trend follows the level, 0 to 1
 * @param phi the damping: 1 keeps the trend for ever, smaller values let it fade
 */
record DampedHolt(double alpha, double beta, double phi) {

    /** The level and trend after the last value of a series. */
    record State(double level, double trend, double squaredError) {

        /** The forecast {@code steps} values after the last, at least one. */
        double forecast(double phi, int steps) {
            double damping = 0;
            double power = 1;
            for (int step = 1; step <= steps; step++) {
                power *= phi;
                damping += power;
            }
            return level + damping * trend;
        }
    }

    /**
     * Runs through a series, starting from its first value as the level and no trend, and sums the squared errors of
     * the forecasts made from each point for the next {@code horizon} values, by which parameters are compared.
     */
    State smooth(double[] series, int horizon) {
        double level = series[0];
        double trend = 0;
        double squaredError = 0;
        for (int t = 1; t < series.length; t++) {
            squaredError += errorsAhead(series, t, level, trend, horizon);
            double expected = level + phi * trend;
            double previous = level;
            level = alpha * series[t] + (1 - alpha) * expected;
            trend = beta * (level - previous) + (1 - beta) * phi * trend;
        }
        return new State(level, trend, squaredError);
    }

    // the squared errors of the forecasts, from the level and trend before value t, of values t to t + horizon - 1
    private double errorsAhead(double[] series, int t, double level, double trend, int horizon) {
        double sum = 0;
        double damping = 0;
        double power = 1;
        for (int step = 0; step < horizon && t + step < series.length; step++) {
            power *= phi;
            damping += power;
            double error = series[t + step] - (level + damping * trend);
            sum += error * error;
        }
        return sum;
    }
}
