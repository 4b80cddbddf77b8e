package io.flopsplit.tabulation;

import io.flopsplit.inference.Plan;
import io.flopsplit.tasks.Problem;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * A plan's success probability as a function of the logit x = a·(θ − b) of one attempt, tabulated
 * on a uniform grid over [{@value #LOW}, {@value #HIGH}] and interpolated by a natural cubic spline
 * (Commons Math's {@link SplineInterpolator}). Building it evaluates the plan at every node and at
 * every interval's midpoint; the largest gap between spline and plan at the midpoints is the
 * curve's {@link #checkedError()}, and the grid is halved until that gap is at most
 * {@value #TOLERANCE} (the midpoints of one pass are the new nodes of the next). A curve whose gap
 * stays larger at {@value #MAX_NODES} nodes is not used: it evaluates the plan directly. Outside the
 * grid (p below 1e-13 or above 1 − 1e-13) the plan is evaluated directly too. Immutable; its
 * evaluation allocates nothing.
 */
public final class SuccessCurve {

    /** The grid's ends, in logits: σ(−30) ≈ 9.4e-14. */
    public static final double LOW = -30;
    public static final double HIGH = 30;
    /** The largest gap between the spline and the plan allowed at a midpoint. */
    public static final double TOLERANCE = 1e-6;
    /** The first grid: a node every 1/4 logit. */
    static final int FIRST_INTERVALS = 240;
    static final int MAX_NODES = 1 << 14;

    private final Plan plan;
    private final double discrimination;
    private final double step;
    private final double[] coefficients;
    private final double checkedError;

    private SuccessCurve(Plan plan, double discrimination, double step, double[] coefficients, double checkedError) {
        this.plan = plan;
        this.discrimination = discrimination;
        this.step = step;
        this.coefficients = coefficients;
        this.checkedError = checkedError;
    }

    /** The curve of {@code plan}, which must depend on a problem only through its logit. */
    public static SuccessCurve of(Plan plan, double discrimination) {
        int intervals = FIRST_INTERVALS;
        double[] values = evaluate(plan, discrimination, intervals + 1, (HIGH - LOW) / intervals, 0);
        while (true) {
            double step = (HIGH - LOW) / intervals;
            double[] midpoints = evaluate(plan, discrimination, intervals, step, 0.5);
            double[] coefficients = spline(values, step);
            double error = 0;
            for (int i = 0; i < intervals; i++) {
                error = Math.max(error, Math.abs(interpolate(coefficients, step, i, step / 2) - midpoints[i]));
            }
            if (error <= TOLERANCE) {
                return new SuccessCurve(plan, discrimination, step, coefficients, error);
            }
            if (2 * intervals + 1 > MAX_NODES) {
                return new SuccessCurve(plan, discrimination, step, null, error);
            }
            values = interleave(values, midpoints);
            intervals *= 2;
        }
    }

    /** Success at logit {@code x}. */
    public double at(double x) {
        if (coefficients == null || !(x >= LOW && x < HIGH)) {
            return plan.successProbability(problemAt(x, discrimination));
        }
        double position = (x - LOW) / step;
        int interval = Math.min((int) position, coefficients.length / 4 - 1);
        double value = interpolate(coefficients, step, interval, x - (LOW + interval * step));
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

    /** The plan the curve was made from. */
    public Plan plan() {
        return plan;
    }

    /** A problem whose one-attempt logit is {@code x}: ability 0, difficulty −x/a. */
    static Problem problemAt(double x, double discrimination) {
        return new Problem(-x / discrimination, 0, discrimination);
    }

    /** The plan at x = LOW + (i + shift)·step for i = 0..count − 1. */
    private static double[] evaluate(Plan plan, double discrimination, int count, double step, double shift) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = plan.successProbability(problemAt(LOW + (i + shift) * step, discrimination));
        }
        return values;
    }

    private static double[] spline(double[] values, double step) {
        double[] nodes = new double[values.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = i * step;
        }
        PolynomialSplineFunction spline = new SplineInterpolator().interpolate(nodes, values);
        PolynomialFunction[] pieces = spline.getPolynomials();
        double[] coefficients = new double[4 * pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            double[] c = pieces[i].getCoefficients();
            System.arraycopy(c, 0, coefficients, 4 * i, Math.min(4, c.length));
        }
        return coefficients;
    }

    private static double interpolate(double[] coefficients, double step, int interval, double dx) {
        int at = 4 * interval;
        return ((coefficients[at + 3] * dx + coefficients[at + 2]) * dx + coefficients[at + 1]) * dx + coefficients[at];
    }

    private static double[] interleave(double[] nodes, double[] midpoints) {
        double[] merged = new double[nodes.length + midpoints.length];
        for (int i = 0; i < midpoints.length; i++) {
            merged[2 * i] = nodes[i];
            merged[2 * i + 1] = midpoints[i];
        }
        merged[merged.length - 1] = nodes[nodes.length - 1];
        return merged;
    }
}
