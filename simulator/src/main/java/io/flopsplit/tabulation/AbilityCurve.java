package io.flopsplit.tabulation;

import io.flopsplit.tasks.DifficultyGrid;

/**
 * A strategy's expected accuracy over a suite as a function of the model's ability θ: the
 * quadrature Σ_j w_j · success(a·(θ − b_j)) of its {@link SuccessCurve}, tabulated by an
 * {@link AdaptiveSpline} within {@value SuccessCurve#TOLERANCE} of the quadrature at every
 * interval's midpoint, over the abilities at which every node's logit is within ±{@value #REACH}
 * (inside the success curve's range, so that the tabulation never evaluates a plan directly). Every
 * trial whose law gives another loss, hence another θ, reads one spline value instead of a
 * quadrature; outside that range, or if the spline fails its check, the quadrature is taken.
 *
 * <p>The reach is narrower than the success curve's: a curve costs a few hundred quadratures to
 * build, about one per logit of abilities it spans, and the oracle's search asks many budgets k only
 * a few times each. A suite with a power-law tail of hard problems (math-like spans 80 logits,
 * snell-math 124) has no such ability range and is summed node by node from its success curve, which
 * measured faster than building curves over its whole range: 25 against 43 ms of CPU per trial of
 * epoch-uncertainty's oracle, at a cost of 64 against 53 µs per trial of epoch-three-policies.
 */
final class AbilityCurve {

    /** How far from zero every node's logit must stay for the curve to be built (σ(−32) ≈ 1.3e-14). */
    static final double REACH = 32;

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
        double low = Math.ceil(grid.difficulty(grid.size() - 1) - REACH / discrimination);
        double high = Math.floor(grid.difficulty(0) + Math.min(REACH, SuccessCurve.HIGH) / discrimination);
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
