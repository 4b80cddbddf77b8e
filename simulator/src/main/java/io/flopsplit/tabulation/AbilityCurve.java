package io.flopsplit.tabulation;

import io.flopsplit.tasks.DifficultyGrid;

/**
 * A strategy's expected accuracy over a suite as a function of the model's ability θ: the
 * quadrature Σ_j w_j · success(a·(θ − b_j)) of its {@link SuccessCurve}, tabulated by an
 * {@link AdaptiveSpline} within {@value SuccessCurve#TOLERANCE} of the quadrature at every
 * interval's midpoint, over the abilities at which every node's logit is inside the curve's range
 * (so that the tabulation never evaluates a plan directly). Every trial whose law gives another
 * loss, hence another θ, reads one spline value instead of a quadrature; outside that range, or if
 * the spline fails its check, the quadrature is taken.
 */
final class AbilityCurve {

    private final SuccessCurve curve;
    private final DifficultyGrid grid;
    private final double discrimination;
    private final AdaptiveSpline spline;

    private AbilityCurve(SuccessCurve curve, DifficultyGrid grid, double discrimination, AdaptiveSpline spline) {
        this.curve = curve;
        this.grid = grid;
        this.discrimination = discrimination;
        this.spline = spline;
    }

    static AbilityCurve of(SuccessCurve curve, DifficultyGrid grid, double discrimination) {
        double low = Math.ceil(grid.difficulty(grid.size() - 1) + SuccessCurve.LOW / discrimination);
        double high = Math.floor(grid.difficulty(0) + SuccessCurve.HIGH / discrimination);
        if (high - low < 1) {
            return new AbilityCurve(curve, grid, discrimination, null);
        }
        return new AbilityCurve(curve, grid, discrimination, AdaptiveSpline.fit(
                ability -> curve.mean(grid, discrimination, ability), low, high, 1, SuccessCurve.TOLERANCE));
    }

    /** The expected accuracy at ability {@code ability}. */
    double at(double ability) {
        if (spline == null || !spline.tabulated() || !spline.covers(ability)) {
            return curve.mean(grid, discrimination, ability);
        }
        return SuccessCurve.clamp(spline.at(ability));
    }

    boolean tabulated() {
        return spline != null && spline.tabulated();
    }
}
