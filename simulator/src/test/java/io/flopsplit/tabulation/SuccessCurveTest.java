package io.flopsplit.tabulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.LogitSuccess;
import io.flopsplit.inference.Outcome;
import io.flopsplit.inference.Plan;
import io.flopsplit.inference.QueryStreams;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.TestDeployments;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Tabulated success: every strategy that offers {@link LogitSuccess} keeps its promises (success
 * through the logit alone, whatever the loss, model size and deployment; FLOPs as the strategy says),
 * its curve stays within the tolerance of its plan everywhere, and an expected accuracy read from
 * curves is the plan's own quadrature. A curve that cannot meet the tolerance is not used.
 */
class SuccessCurveTest {

    static final TaskSuite SUITE = SuitePresets.resolve("math-like");
    static final List<Integer> BUDGETS = List.of(1, 2, 3, 8, 24, 25, 64);

    static List<Strategy> tabulable(double params) {
        return Strategies.ids().stream().map(id -> Strategies.create(id, StrategyParameters.defaults(), params))
                .filter(LogitSuccess.class::isInstance).toList();
    }

    @Test
    void everyTabulableStrategyKeepsItsPromises() {
        assertTrue(tabulable(1e9).size() >= 6, "the built-in strategies but adaptive offer it");
        Setting small = new Setting(SUITE, 2.3, TestDeployments.of(1e8));
        Setting large = new Setting(SUITE.withGridPoints(64), 1.9, TestDeployments.of(3e10));
        SplittableRandom random = new SplittableRandom(7);
        List<Strategy> atSmall = tabulable(1e8);
        List<Strategy> atLarge = tabulable(3e10);
        for (int s = 0; s < atSmall.size(); s++) {
            Strategy one = atSmall.get(s);
            Strategy other = atLarge.get(s);
            assertEquals(((LogitSuccess) one).successKey(), ((LogitSuccess) other).successKey(), one.id());
            for (int k : BUDGETS) {
                int budget = Math.min(k, one.maxK());
                Plan a = one.plan(small, budget);
                Plan b = other.plan(large, budget);
                assertEquals(one.flopsPerQuery(small.deployment(), budget), a.flopsPerQuery(), 0, one.id());
                for (int i = 0; i < 20; i++) {
                    double x = random.nextDouble(-12, 12);
                    assertEquals(a.successProbability(problem(x)), b.successProbability(problem(x)), 1e-12,
                            one.id() + "@" + budget + " at logit " + x);
                }
            }
        }
    }

    @Test
    void everyCurveStaysWithinItsToleranceOfThePlan() {
        Setting setting = new Setting(SUITE, 2.0, TestDeployments.of(1e9));
        SplittableRandom random = new SplittableRandom(11);
        for (Strategy strategy : tabulable(1e9)) {
            for (int k : BUDGETS) {
                int budget = Math.min(k, strategy.maxK());
                SuccessCurve curve = SuccessCurves.of(strategy, setting, budget).orElseThrow();
                Plan plan = strategy.plan(setting, budget);
                assertTrue(curve.tabulated() && curve.checkedError() <= SuccessCurve.TOLERANCE, strategy.id());
                double worst = 0;
                for (int i = 0; i < 800; i++) {
                    double x = random.nextDouble(i % 2 == 0 ? SuccessCurve.LOW - 2 : -40, SuccessCurve.HIGH + 2);
                    worst = Math.max(worst, Math.abs(curve.at(x) - plan.successProbability(problem(x))));
                }
                assertTrue(worst <= 2 * SuccessCurve.TOLERANCE, strategy.id() + "@" + budget + " missed by " + worst);
            }
        }
    }

    @Test
    void anAccuracyReadFromCurvesIsThePlansQuadrature() {
        for (double loss : new double[] {1.8, 2.0, 2.4, 3.5}) {
            Setting setting = new Setting(SUITE, loss, TestDeployments.of(1e9));
            for (Strategy strategy : tabulable(1e9)) {
                int k = Math.min(16, strategy.maxK());
                double direct = strategy.plan(setting, k).accuracy(setting.problems());
                // two tabulations, each within TOLERANCE at its midpoints: the success curve and the ability curve
                assertEquals(direct, SuiteAccuracy.of(strategy, setting, k), 2 * SuccessCurve.TOLERANCE,
                        strategy.id() + " at loss " + loss);
            }
        }
    }

    @Test
    void aCurveThatCannotMeetTheToleranceIsNotUsed() {
        Plan step = new Plan() {
            @Override public String strategy() { return "step"; }
            @Override public int k() { return 1; }
            @Override public double flopsPerQuery() { return 1; }
            @Override public double successProbability(Problem problem) { return problem.logit() > 0.1234 ? 1 : 0; }
            @Override public Outcome sample(Problem problem, QueryStreams streams) {
                return new Outcome(successProbability(problem) > 0, 1);
            }
        };
        SuccessCurve curve = SuccessCurve.of(step, 1.3);
        assertFalse(curve.tabulated(), "a jump cannot be splined within the tolerance");
        assertEquals(1, curve.at(0.2));
        assertEquals(0, curve.at(0.1));
        Plan smooth = new Plan() {
            @Override public String strategy() { return "smooth"; }
            @Override public int k() { return 1; }
            @Override public double flopsPerQuery() { return 1; }
            @Override public double successProbability(Problem problem) { return problem.passAt1(); }
            @Override public Outcome sample(Problem problem, QueryStreams streams) { return new Outcome(false, 1); }
        };
        assertTrue(SuccessCurve.of(smooth, 1.3).tabulated());
    }

    @Test
    void clampingIsMinOfOneAndMaxOfZeroBitForBit() {
        double[] values = {Double.NaN, -0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE, 1e-300, 0.3, Math.nextDown(1.0),
            1, Math.nextUp(1.0), 7, -7, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE};
        for (double p : values) {
            assertEquals(Double.doubleToRawLongBits(Math.min(1, Math.max(0, p))),
                    Double.doubleToRawLongBits(SuccessCurve.clamp(p)), "at " + p);
        }
    }

    static Problem problem(double logit) {
        return SuccessCurve.problemAt(logit, SUITE.discrimination());
    }
}
