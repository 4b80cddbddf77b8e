package io.flopsplit.tabulation;

import java.util.function.DoubleUnaryOperator;

/**
 * One refinement of an {@link AdaptiveSpline}'s knots: every failing interval is split at its
 * midpoint, whose value is known, and the two halves' midpoints are evaluated.
 *
 * @param knots the knots after the split
 * @param values the plan's success at them
 * @param midpoints the plan's success at every new interval's midpoint
 */
record Refinement(double[] knots, double[] values, double[] midpoints) {

    static Refinement split(DoubleUnaryOperator f, double[] knots, double[] values, double[] midpoints,
                            boolean[] failing, int failures) {
        int size = knots.length + failures;
        double[] newKnots = new double[size];
        double[] newValues = new double[size];
        double[] newMidpoints = new double[size - 1];
        boolean[] fresh = new boolean[size - 1];
        int at = 0;
        for (int i = 0; i < failing.length; i++) {
            newKnots[at] = knots[i];
            newValues[at] = values[i];
            if (failing[i]) {
                fresh[at] = true;
                at++;
                newKnots[at] = (knots[i] + knots[i + 1]) / 2;
                newValues[at] = midpoints[i];
                fresh[at] = true;
            } else {
                newMidpoints[at] = midpoints[i];
            }
            at++;
        }
        newKnots[at] = knots[knots.length - 1];
        newValues[at] = values[values.length - 1];
        for (int i = 0; i < fresh.length; i++) {
            if (fresh[i]) {
                newMidpoints[i] = f.applyAsDouble((newKnots[i] + newKnots[i + 1]) / 2);
            }
        }
        return new Refinement(newKnots, newValues, newMidpoints);
    }
}
