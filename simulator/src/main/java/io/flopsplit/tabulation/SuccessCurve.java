package io.flopsplit.tabulation;

import io.flopsplit.inference.Plan;
import io.flopsplit.tasks.DifficultyGrid;
import io.flopsplit.tasks.Problem;

/**
 * A plan's success probability as a function of the logit x = a·(θ − b) of one attempt, tabulated
 * over [{@value #LOW}, {@value #HIGH}] by an {@link AdaptiveSpline} that is within {@value #TOLERANCE}
 * of the plan at every interval's midpoint (a knot every {@value #FIRST_STEP} logits to start with,
 * refined where the curve bends: a few hundred evaluations of the plan). A curve that cannot meet the tolerance is
 * not used — it evaluates the plan directly — and neither is it outside the range (p below 1e-87
 * or above 1 − 1e-14). The range reaches far below p = 1e-14 because suites with a power-law tail
 * of hard problems put quadrature nodes there (math-like down to logit −63 at loss 2.0, snell-math
 * to −124), and a quadrature over such a suite would otherwise evaluate a quarter of its nodes
 * directly (a logarithm each, for pass@k), every time. Immutable; reading it allocates nothing.
 */
public final class SuccessCurve {

    /** The range's ends, in logits: σ(−200) ≈ 1.4e-87, 1 − σ(32) ≈ 1.3e-14 (the precision of 1 − p). */
    public static final double LOW = -200;
    public static final double HIGH = 32;
    /**
     * The first knots' spacing, in logits. One logit: with wider first intervals next to refined
     * ones, a spline can meet every midpoint and still stray between them (a chain-of-thought curve
     * started 4 logits apart missed by 5e-4 a quarter of the way along an interval).
     */
    static final double FIRST_STEP = 1;
    /** The largest gap between the spline and the plan allowed at a midpoint. */
    public static final double TOLERANCE = 1e-6;

    private final Plan plan;
    private final double discrimination;
    private final AdaptiveSpline spline;

    private SuccessCurve(Plan plan, double discrimination, AdaptiveSpline spline) {
        this.plan = plan;
        this.discrimination = discrimination;
        this.spline = spline;
    }

    /** The curve of {@code plan}, which must depend on a problem only through its logit. */
    public static SuccessCurve of(Plan plan, double discrimination) {
        return new SuccessCurve(plan, discrimination, AdaptiveSpline.fit(
                x -> plan.successProbability(problemAt(x, discrimination)), LOW, HIGH, FIRST_STEP, TOLERANCE));
    }

    /** Success at logit {@code x}. */
    public double at(double x) {
        if (!spline.tabulated() || !spline.covers(x)) {
            return direct(x);
        }
        return clamp(spline.at(x));
    }

    /**
     * Σ_j w_j · success(a·(θ − b_j)) over {@code grid}, whose difficulties ascend (DifficultyGrid
     * keeps them sorted), so that the logits descend and the spline's interval is found by walking
     * down the knots once for the whole quadrature, from the first covered node's unit cell.
     */
    public double mean(DifficultyGrid grid, double discrimination, double ability) {
        double sum = 0;
        boolean tabulated = spline.tabulated();
        int interval = -1;
        for (int j = 0, n = grid.size(); j < n; j++) {
            double x = discrimination * (ability - grid.difficulty(j));
            double value;
            if (tabulated && spline.covers(x)) {
                interval = spline.intervalOf(x, interval < 0 ? spline.near(x) : interval);
                value = clamp(spline.inInterval(x, interval));
            } else {
                value = direct(x);
            }
            sum += grid.weight(j) * value;
        }
        return clamp(sum);
    }

    /** The largest gap between the spline and the plan at the midpoints checked (before clamping to [0, 1]). */
    public double checkedError() {
        return spline.checkedError();
    }

    /** Whether the spline passed its check (otherwise every value is the plan's own). */
    public boolean tabulated() {
        return spline.tabulated();
    }

    /** Knots of the spline. */
    public int knots() {
        return spline.knots();
    }

    /** A problem whose one-attempt logit is {@code x}: ability 0, difficulty −x/a. */
    static Problem problemAt(double x, double discrimination) {
        return new Problem(-x / discrimination, 0, discrimination);
    }

    private double direct(double x) {
        return plan.successProbability(problemAt(x, discrimination));
    }

    /**
     * min(1, max(0, p)) — the same value for every p, NaN and −0 included — by comparisons the
     * processor predicts, which cost a fraction of {@code Math.min} and {@code Math.max} in a
     * quadrature's inner loop.
     */
    static double clamp(double p) {
        if (p > 0) {
            return p < 1 ? p : 1;
        }
        return p != p ? p : 0;
    }
}
