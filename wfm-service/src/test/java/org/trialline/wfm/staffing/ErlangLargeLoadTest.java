package org.trialline.wfm.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * At a thousand Erlangs a factorial has over 2,500 digits. The results here are checked against second methods: the
 * textbook formula in exact integers, the birth-death chain in 50-digit decimals, and a step-by-step integration.
 */
class ErlangLargeLoadTest {

    private static final MathContext DIGITS = new MathContext(50);

    // 10,000 calls in half an hour at 180 s each: 1,000 Erlangs
    private final Traffic thousandErlangs = new Traffic(10_000, 1800, 180);

    @Test
    void erlangCShouldEqualTheTextbookFormulaInExactIntegersAtAThousandErlangs() {
        for (int agents : new int[] {1001, 1010, 1025, 1050}) {
            Performance performance = new ErlangC(thousandErlangs).evaluate(agents, 20);

            assertThat(performance.probabilityOfWaiting())
                    .as("P(wait) with %d agents", agents)
                    .isCloseTo(exactWaiting(1000, agents), within(1e-12));
        }
    }

    @Test
    void requiredAgentsAtAThousandErlangsShouldBeTheFirstNumberMeetingTheTarget() {
        Requirement requirement = Staffing.required(new ErlangC(thousandErlangs), new Target(0.8, 20, 1, 0.3));

        int agents = requirement.agents();
        assertThat(exactServiceLevel(agents)).isGreaterThanOrEqualTo(0.8);
        assertThat(exactServiceLevel(agents - 1)).isLessThan(0.8);
        assertThat(requirement.scheduledAgents()).isEqualTo((int) Math.ceil(agents * 10 / 7.0 - 1e-9));
    }

    @Test
    void erlangAShouldEqualTheBirthDeathChainInFiftyDigitsAtAThousandErlangs() {
        double patience = 300;
        for (int agents : new int[] {950, 1000, 1040}) {
            Performance performance = new ErlangA(thousandErlangs, patience).evaluate(agents, 20);
            double[] exact = exactErlangA(1000.0 / 180, 1 / 180.0, 1 / patience, agents);

            assertThat(performance.probabilityOfWaiting())
                    .as("P(wait), %d agents", agents)
                    .isCloseTo(exact[0], within(1e-9));
            assertThat(performance.probabilityOfAbandon())
                    .as("P(abandon), %d agents", agents)
                    .isCloseTo(exact[1], within(1e-9));
        }
    }

    @Test
    void erlangAServiceLevelShouldAgreeWithAStepByStepIntegration() {
        Traffic traffic = new Traffic(600, 1800, 180); // 60 Erlangs
        double patience = 120;
        for (int agents : new int[] {55, 60, 66}) {
            ErlangA model = new ErlangA(traffic, patience);
            Performance performance = model.evaluate(agents, 30);
            double integrated = integratedServiceLevel(model.stationary(agents), agents, traffic, patience, 30);

            assertThat(performance.serviceLevel()).as("%d agents", agents).isCloseTo(integrated, within(1e-7));
        }
    }

    @Test
    void erlangAWithEndlessPatienceShouldBecomeErlangC() {
        for (int agents : new int[] {1005, 1030}) {
            Performance patient = new ErlangA(thousandErlangs, 1e12).evaluate(agents, 20);
            Performance erlangC = new ErlangC(thousandErlangs).evaluate(agents, 20);

            assertThat(patient.probabilityOfWaiting()).isCloseTo(erlangC.probabilityOfWaiting(), within(1e-6));
            assertThat(patient.serviceLevel()).isCloseTo(erlangC.serviceLevel(), within(1e-6));
            assertThat(patient.asaSeconds()).isCloseTo(erlangC.asaSeconds(), within(1e-4));
        }
    }

    @Test
    void noCallsShouldNeedNoAgents() {
        Requirement requirement =
                Staffing.required(new ErlangC(new Traffic(0, 1800, 180)), new Target(0.8, 20, 1, 0.3));

        assertThat(requirement.agents()).isZero();
        assertThat(requirement.scheduledAgents()).isZero();
    }

    /** C(N, A) = A^N·N ÷ ((N − A)·Σ_{k<N} A^k·N!/k! + A^N·N), every term an integer when A is. */
    private static double exactWaiting(int load, int agents) {
        BigInteger a = BigInteger.valueOf(load);
        BigInteger n = BigInteger.valueOf(agents);
        BigInteger sum = BigInteger.ZERO;
        BigInteger fallingFactorial = BigInteger.ONE; // N!/k! for k from N down to 0
        for (int k = agents - 1; k >= 0; k--) {
            fallingFactorial = fallingFactorial.multiply(BigInteger.valueOf(k + 1));
            sum = sum.add(a.pow(k).multiply(fallingFactorial));
        }
        BigInteger top = a.pow(agents).multiply(n);
        BigInteger bottom = n.subtract(a).multiply(sum).add(top);
        return new BigDecimal(top).divide(new BigDecimal(bottom), DIGITS).doubleValue();
    }

    private static double exactServiceLevel(int agents) {
        return 1 - exactWaiting(1000, agents) * Math.exp(-(agents - 1000) * 20 / 180.0);
    }

    /** {P(wait), P(abandon)} from the chain's balance equations in 50-digit decimals, cut far out in the tail. */
    private static double[] exactErlangA(double lambdaPerSecond, double mu, double theta, int agents) {
        BigDecimal lambda = new BigDecimal(lambdaPerSecond);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal total = BigDecimal.ONE;
        BigDecimal waiting = BigDecimal.ZERO;
        BigDecimal queued = BigDecimal.ZERO;
        for (int n = 1; n < agents + 5000; n++) {
            double rate = Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
            term = term.multiply(lambda, DIGITS).divide(new BigDecimal(rate), DIGITS);
            total = total.add(term, DIGITS);
            if (n >= agents) {
                waiting = waiting.add(term, DIGITS);
                queued = queued.add(term.multiply(BigDecimal.valueOf(n - agents)), DIGITS);
            }
        }
        double pWait = waiting.divide(total, DIGITS).doubleValue();
        double meanQueue = queued.divide(total, DIGITS).doubleValue();
        return new double[] {pWait, theta * meanQueue / lambdaPerSecond};
    }

    /**
     * The chance to be answered within t, by fourth-order Runge-Kutta on the forward equations of a caller's place in
     * line: from j ahead the line moves at Nμ + jθ, the caller hangs up at θ, and from 0 ahead is answered at Nμ.
     */
    private static double integratedServiceLevel(
            double[] stationary, int agents, Traffic traffic, double patience, double seconds) {
        double mu = traffic.serviceRate();
        double theta = 1 / patience;
        int positions = stationary.length - agents;
        double[] state = new double[positions + 1]; // the last entry collects the answered
        double noWait = 0;
        for (int n = 0; n < stationary.length; n++) {
            if (n < agents) {
                noWait += stationary[n];
            } else {
                state[n - agents] = stationary[n];
            }
        }
        int steps = 20_000;
        double h = seconds / steps;
        for (int s = 0; s < steps; s++) {
            double[] k1 = derivative(state, agents, mu, theta);
            double[] k2 = derivative(plus(state, k1, h / 2), agents, mu, theta);
            double[] k3 = derivative(plus(state, k2, h / 2), agents, mu, theta);
            double[] k4 = derivative(plus(state, k3, h), agents, mu, theta);
            for (int i = 0; i < state.length; i++) {
                state[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return noWait + state[positions];
    }

    private static double[] derivative(double[] state, int agents, double mu, double theta) {
        int positions = state.length - 1;
        double[] change = new double[state.length];
        for (int j = 0; j < positions; j++) {
            double moving = agents * mu + j * theta;
            change[j] -= state[j] * (moving + theta);
            if (j > 0) {
                change[j - 1] += state[j] * moving;
            } else {
                change[positions] += state[j] * moving;
            }
        }
        return change;
    }

    private static double[] plus(double[] state, double[] slope, double step) {
        double[] result = new double[state.length];
        for (int i = 0; i < state.length; i++) {
            result[i] = state[i] + slope[i] * step;
        }
        return result;
    }
}
