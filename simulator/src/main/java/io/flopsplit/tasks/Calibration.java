package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Calibrates the ability scale θ(L) = (L_ref − L)/s of a suite from anchors "loss L has pass@1 p"
 *. Expected pass@1 is strictly increasing in θ, so each anchor's ability is the
 * unique root of E[σ(a·(θ − b))] = p, found with Brent's method (Commons Math). One anchor fixes
 * L_ref for a given s; two anchors fix both: s = (L_1 − L_2)/(θ_2 − θ_1), L_ref = L_1 + s·θ_1.
 */
public final class Calibration {

    private static final double ABSOLUTE_ACCURACY = 1e-12;
    private static final int MAX_EVALUATIONS = 500;

    private Calibration() {
    }

    /** The ability θ at which a model has expected pass@1 {@code passAt1} on {@code grid}. */
    public static double abilityFor(DifficultyGrid grid, double discrimination, double passAt1) {
        Checks.positive("discrimination", discrimination);
        Checks.probability("passAt1", passAt1);
        if (passAt1 == 0 || passAt1 == 1) {
            throw new IllegalArgumentException("passAt1: must be strictly between 0 and 1, was " + Checks.show(passAt1));
        }
        double low = grid.difficulty(0) - 1;
        double high = grid.difficulty(grid.size() - 1) + 1;
        while (passAt1(grid, discrimination, low) > passAt1) {
            low -= 2 * (high - low);
        }
        while (passAt1(grid, discrimination, high) < passAt1) {
            high += 2 * (high - low);
        }
        double lowEnd = low;
        double highEnd = high;
        BrentSolver solver = new BrentSolver(ABSOLUTE_ACCURACY);
        return solver.solve(MAX_EVALUATIONS, theta -> passAt1(grid, discrimination, theta) - passAt1, lowEnd, highEnd);
    }

    /**
     * The ability scale through the anchors: with one anchor, L_ref for the given {@code lossScale};
     * with two, both L_ref and s (the given scale is then ignored).
     */
    public static AbilityScale fromAnchors(DifficultyGrid grid, double discrimination, List<Anchor> anchors,
            double lossScale) {
        Checks.positive("discrimination", discrimination);
        if (anchors.isEmpty() || anchors.size() > 2) {
            throw new IllegalArgumentException("anchors: give one or two, was " + anchors.size());
        }
        Anchor first = anchors.get(0);
        double theta1 = abilityFor(grid, discrimination, first.passAt1());
        if (anchors.size() == 1) {
            return new AbilityScale(first.loss() + lossScale * theta1, lossScale);
        }
        Anchor second = anchors.get(1);
        double theta2 = abilityFor(grid, discrimination, second.passAt1());
        double scale = (first.loss() - second.loss()) / (theta2 - theta1);
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("anchors: the anchor with the lower loss must have the higher pass@1,"
                    + " was loss " + Checks.show(first.loss()) + " -> " + Checks.show(first.passAt1())
                    + " and loss " + Checks.show(second.loss()) + " -> " + Checks.show(second.passAt1()));
        }
        return new AbilityScale(first.loss() + scale * theta1, scale);
    }

    private static double passAt1(DifficultyGrid grid, double discrimination, double theta) {
        double sum = 0;
        for (int j = 0; j < grid.size(); j++) {
            sum += grid.weight(j) * Problem.sigmoid(discrimination * (theta - grid.difficulty(j)));
        }
        return sum;
    }
}
