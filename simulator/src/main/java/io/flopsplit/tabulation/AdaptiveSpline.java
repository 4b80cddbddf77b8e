package io.flopsplit.tabulation;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;

/**
 * A smooth function tabulated over [low, high] and interpolated by a natural cubic spline (Commons
 * Math's {@link SplineInterpolator}) through knots refined where the function needs them. It starts
 * from evenly spaced knots and evaluates the function at every interval's midpoint; an interval whose
 * midpoint the spline misses by more than the tolerance is split there (the midpoint becomes a knot
 * and the two halves' midpoints are evaluated), and the spline is made again, until every midpoint
 * is within the tolerance: that largest gap is {@link #checkedError()}. Flat stretches keep wide
 * intervals. A function that would need more than {@value #MAX_KNOTS} knots, or intervals narrower
 * than 2^-16 (a kink or a jump), or that is not a finite number at a knot or a midpoint, is not
 * tabulated ({@link #tabulated()} is false): its users evaluate the function itself. Immutable;
 * reading it allocates nothing.
 */
final class AdaptiveSpline {

    static final int MAX_KNOTS = 1 << 13;
    /** Intervals are never split below this width: a function that still fails there has a kink or a jump. */
    static final double MIN_WIDTH = 0x1p-16;

    private final double low;
    private final double[] knots;
    private final double[] coefficients;
    private final int[] firstInCell;
    private final double checkedError;

    private AdaptiveSpline(double low, double[] knots, double[] coefficients, double checkedError) {
        this.low = low;
        this.knots = knots;
        this.coefficients = coefficients;
        this.checkedError = checkedError;
        this.firstInCell = coefficients == null ? null : cells(low, knots);
    }

    /**
     * {@code f} over [low, high], within {@code tolerance} at every midpoint, starting from knots
     * {@code step} apart (high − low a whole number of steps).
     */
    static AdaptiveSpline fit(DoubleUnaryOperator f, double low, double high, double step, double tolerance) {
        int steps = (int) Math.ceil((high - low) / step);
        double[] knots = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            knots[i] = low + i * step;
        }
        double[] values = evaluate(f, knots);
        double[] midpoints = evaluate(f, midpointsOf(knots));
        while (true) {
            if (!allFinite(values) || !allFinite(midpoints)) {
                return new AdaptiveSpline(low, knots, null, Double.POSITIVE_INFINITY);  // not tabulated
            }
            PolynomialFunction[] pieces = new SplineInterpolator().interpolate(knots, values).getPolynomials();
            boolean[] failing = new boolean[knots.length - 1];
            int failures = 0;
            double error = 0;
            double narrowest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < failing.length; i++) {
                double gap = Math.abs(pieces[i].value((knots[i + 1] - knots[i]) / 2) - midpoints[i]);
                error = Math.max(error, gap);
                failing[i] = !(gap <= tolerance);
                if (failing[i]) {
                    failures++;
                    narrowest = Math.min(narrowest, knots[i + 1] - knots[i]);
                }
            }
            if (failures == 0) {
                return new AdaptiveSpline(low, knots, coefficients(pieces), error);
            }
            if (knots.length + failures > MAX_KNOTS || narrowest < MIN_WIDTH) {
                return new AdaptiveSpline(low, knots, null, error);
            }
            Refinement refined = Refinement.split(f, knots, values, midpoints, failing, failures);
            knots = refined.knots();
            values = refined.values();
            midpoints = refined.midpoints();
        }
    }

    private static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the spline passed its check. */
    boolean tabulated() {
        return coefficients != null;
    }

    /** Whether {@code x} is in [low, high). */
    boolean covers(double x) {
        return x >= low && x < knots[knots.length - 1];
    }

    double checkedError() {
        return checkedError;
    }

    int knots() {
        return knots.length;
    }

    /** The spline at {@code x}, which the spline must cover. */
    double at(double x) {
        return at(x, near(x));
    }

    /** An interval near {@code x}, which the spline must cover: the one holding its unit cell's left end. */
    int near(double x) {
        return firstInCell[(int) (x - low)];
    }

    /** The spline at {@code x}, its interval searched from {@code hint} (an interval index). */
    double at(double x, int hint) {
        int interval = intervalOf(x, hint);
        return interpolate(coefficients, interval, x - knots[interval]);
    }

    /** The interval that holds {@code x}, searched from {@code hint}: cheap when x is near it. */
    int intervalOf(double x, int hint) {
        int interval = hint;
        while (knots[interval] > x) {
            interval--;
        }
        while (knots[interval + 1] <= x) {
            interval++;
        }
        return interval;
    }

    /** The spline at {@code x} in interval {@code interval}. */
    double inInterval(double x, int interval) {
        return interpolate(coefficients, interval, x - knots[interval]);
    }


    private static double[] evaluate(DoubleUnaryOperator f, double[] xs) {
        double[] values = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            values[i] = f.applyAsDouble(xs[i]);
        }
        return values;
    }

    private static double[] midpointsOf(double[] knots) {
        double[] midpoints = new double[knots.length - 1];
        for (int i = 0; i < midpoints.length; i++) {
            midpoints[i] = (knots[i] + knots[i + 1]) / 2;
        }
        return midpoints;
    }

    /**
     * The pieces' coefficients, four an interval (a piece of lower degree padded with zeros), read
     * once the spline has passed (each read copies the piece's array). Until then each round checks
     * its midpoints with the pieces' own {@code value}: Horner's rule, the same operations as
     * {@link #interpolate}, so the gaps are the same to the bit.
     */
    private static double[] coefficients(PolynomialFunction[] pieces) {
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

    /** For each unit cell of the range, the interval that holds its left end (one walk up the knots). */
    private static int[] cells(double low, double[] knots) {
        int units = (int) Math.round(knots[knots.length - 1] - low);
        int[] first = new int[units];
        int interval = 0;
        for (int c = 0; c < units; c++) {
            double left = low + c;
            while (interval < knots.length - 2 && knots[interval + 1] <= left) {
                interval++;
            }
            first[c] = interval;
        }
        return first;
    }
}
