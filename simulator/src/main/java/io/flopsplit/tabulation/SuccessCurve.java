package io.flopsplit.tabulation;

import io.flopsplit.inference.Plan;
import io.flopsplit.tasks.Problem;
import java.util.Arrays;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * A plan's success probability as a function of the logit x = a·(θ − b) of one attempt, tabulated
 * over [{@value #LOW}, {@value #HIGH}] and interpolated by a natural cubic spline (Commons Math's
 * {@link SplineInterpolator}) through knots refined where the curve needs them. It starts from a
 * knot every logit and evaluates the plan at every interval's midpoint; an interval whose midpoint
 * the spline misses by more than {@value #TOLERANCE} is split there (the midpoint becomes a knot and
 * the two halves' midpoints are evaluated), and the spline is made again, until every midpoint is
 * within the tolerance: that largest gap is the curve's {@link #checkedError()}. Flat stretches
 * (success near 0 or 1) keep wide intervals, so a curve costs a few hundred evaluations of the plan.
 * A curve that would need more than {@value #MAX_KNOTS} knots, or intervals
 * narrower than 2^-16 logits (a kink or a jump), is not used: it evaluates the plan
 * directly, and so does every logit outside the range (p below 1e-13 or above 1 − 1e-13).
 * Immutable; reading it allocates nothing.
 */
public final class SuccessCurve {

    /** The range's ends, in logits: σ(−30) ≈ 9.4e-14. */
    public static final double LOW = -30;
    public static final double HIGH = 30;
    /** The largest gap between the spline and the plan allowed at a midpoint. */
    public static final double TOLERANCE = 1e-6;
    static final int MAX_KNOTS = 1 << 13;
    /** Intervals are never split below this width: a curve that still fails there has a kink or a jump. */
    static final double MIN_WIDTH = 0x1p-16;
    private static final int CELLS = (int) (HIGH - LOW);

    private final Plan plan;
    private final double discrimination;
    private final double[] knots;
    private final double[] coefficients;
    private final int[] firstInCell;
    private final double checkedError;

    private SuccessCurve(Plan plan, double discrimination, double[] knots, double[] coefficients,
                         double checkedError) {
        this.plan = plan;
        this.discrimination = discrimination;
        this.knots = knots;
        this.coefficients = coefficients;
        this.checkedError = checkedError;
        this.firstInCell = coefficients == null ? null : cells(knots);
    }

    /** The curve of {@code plan}, which must depend on a problem only through its logit. */
    public static SuccessCurve of(Plan plan, double discrimination) {
        double[] knots = new double[CELLS + 1];
        for (int i = 0; i <= CELLS; i++) {
            knots[i] = LOW + i;
        }
        double[] values = evaluate(plan, discrimination, knots);
        double[] midpoints = evaluate(plan, discrimination, midpointsOf(knots));
        while (true) {
            double[] coefficients = spline(knots, values);
            boolean[] failing = new boolean[knots.length - 1];
            int failures = 0;
            double error = 0;
            for (int i = 0; i < failing.length; i++) {
                double gap = Math.abs(interpolate(coefficients, i, (knots[i + 1] - knots[i]) / 2) - midpoints[i]);
                error = Math.max(error, gap);
                failing[i] = gap > TOLERANCE;
                failures += failing[i] ? 1 : 0;
            }
            if (failures == 0) {
                return new SuccessCurve(plan, discrimination, knots, coefficients, error);
            }
            if (knots.length + failures > MAX_KNOTS || narrowestFailing(knots, failing) < MIN_WIDTH) {
                return new SuccessCurve(plan, discrimination, knots, null, error);
            }
            Refinement refined = Refinement.split(plan, discrimination, knots, values, midpoints, failing, failures);
            knots = refined.knots();
            values = refined.values();
            midpoints = refined.midpoints();
        }
    }

    private static double narrowestFailing(double[] knots, boolean[] failing) {
        double narrowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < failing.length; i++) {
            if (failing[i]) {
                narrowest = Math.min(narrowest, knots[i + 1] - knots[i]);
            }
        }
        return narrowest;
    }

    /** Success at logit {@code x}. */
    public double at(double x) {
        if (coefficients == null || !(x >= LOW && x < HIGH)) {
            return plan.successProbability(problemAt(x, discrimination));
        }
        int interval = firstInCell[(int) (x - LOW)];
        while (knots[interval + 1] <= x) {
            interval++;
        }
        double value = interpolate(coefficients, interval, x - knots[interval]);
        return Math.min(1, Math.max(0, value));
    }

    /** The largest gap between the spline and the plan at the midpoints checked (before clamping to [0, 1]). */
    public double checkedError() {
        return checkedError;
    }

    /** Whether the spline passed its check (otherwise every value is the plan's own). */
    public boolean tabulated() {
        return coefficients != null;
    }

    /** Knots of the spline. */
    public int knots() {
        return knots.length;
    }

    /** A problem whose one-attempt logit is {@code x}: ability 0, difficulty −x/a. */
    static Problem problemAt(double x, double discrimination) {
        return new Problem(-x / discrimination, 0, discrimination);
    }

    static double[] evaluate(Plan plan, double discrimination, double[] logits) {
        double[] values = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            values[i] = plan.successProbability(problemAt(logits[i], discrimination));
        }
        return values;
    }

    static double[] midpointsOf(double[] knots) {
        double[] midpoints = new double[knots.length - 1];
        for (int i = 0; i < midpoints.length; i++) {
            midpoints[i] = (knots[i] + knots[i + 1]) / 2;
        }
        return midpoints;
    }

    private static double[] spline(double[] knots, double[] values) {
        PolynomialSplineFunction spline = new SplineInterpolator().interpolate(knots, values);
        PolynomialFunction[] pieces = spline.getPolynomials();
        double[] coefficients = new double[4 * pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            double[] c = pieces[i].getCoefficients();
            System.arraycopy(c, 0, coefficients, 4 * i, Math.min(4, c.length));
        }
        return coefficients;
    }

    private static double interpolate(double[] coefficients, int interval, double dx) {
        int at = 4 * interval;
        return ((coefficients[at + 3] * dx + coefficients[at + 2]) * dx + coefficients[at + 1]) * dx + coefficients[at];
    }

    /** For each unit cell of the range, the interval that holds its left end. */
    private static int[] cells(double[] knots) {
        int[] first = new int[CELLS];
        for (int c = 0; c < CELLS; c++) {
            int found = Arrays.binarySearch(knots, LOW + c);
            first[c] = Math.min(knots.length - 2, found >= 0 ? found : -found - 2);
        }
        return first;
    }
}
