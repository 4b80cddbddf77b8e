package io.flopsplit.tabulation;

import io.flopsplit.tasks.DifficultyGrid;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A strategy's expected accuracy over a suite as a function of the model's ability θ: the
 * quadrature Σ_j w_j · success(a·(θ − b_j)) of its {@link SuccessCurve}, tabulated one unit cell of
 * abilities at a time, when a trial first asks for an ability in it. Each cell [c, c + 1) has its own
 * {@link AdaptiveSpline}, started from knots {@value #CELL_STEP} apart and refined until it is within
 * {@value SuccessCurve#TOLERANCE} of the quadrature at every interval's midpoint (about 15
 * quadratures a cell on epoch-uncertainty's oracle). A cell's spline depends only on the cell, never
 * on which trial or thread made it or in what order, so the accuracy of an ability is the same in
 * every run; the cells' splines meet at their ends, where both interpolate the quadrature. Outside
 * the cells — abilities at which every node's logit is beyond the success curve's range, so that
 * success is 0 or 1 to 1e-14 — or in a cell whose spline fails its check, the quadrature itself is
 * taken; and so it is everywhere for a suite whose range of abilities would need more than
 * {@value #MAX_CELLS} cells (a discrimination below about 0.25), so that a curve's slots stay small.
 *
 * <p>Cells rather than one spline over every ability: a suite with a power-law tail of hard problems
 * (math-like spans 80 logits of difficulty, snell-math 124) would need a spline over hundreds of
 * logits of ability, a few hundred quadratures to build, while a run's trials reach a few logits of
 * it, and the oracle's search asks many budgets k at a few abilities each. A cell is made once and
 * then read for the price of one spline value: epoch-uncertainty's oracle asks about 1,300
 * accuracies a trial, which took as many quadratures, and now takes about 830 (54 cells); the
 * deployments of epoch-three-policies, whose three plans are the same in every trial, make 70 cells in
 * 10,000 trials.
 */
final class AbilityCurve {

    /**
     * The first knots' spacing within a cell: two intervals, the fewest Commons Math's spline takes
     * (and a single interval's midpoint could pass by symmetry where the curve inflects).
     */
    static final double CELL_STEP = 0.5;
    /** The most cells a curve holds slots for (4 kB). */
    static final int MAX_CELLS = 1024;

    private final SuccessCurve curve;
    private final DifficultyGrid grid;
    private final double discrimination;
    /** The left end of the first cell. */
    private final double low;
    private final AtomicReferenceArray<AdaptiveSpline> cells;

    private AbilityCurve(SuccessCurve curve, DifficultyGrid grid, double discrimination, double low, int cells) {
        this.curve = curve;
        this.grid = grid;
        this.discrimination = discrimination;
        this.low = low;
        this.cells = new AtomicReferenceArray<>(cells);
    }

    /**
     * The curve over the abilities at which some node's logit is inside the success curve's range
     * [{@value SuccessCurve#LOW}, {@value SuccessCurve#HIGH}].
     */
    static AbilityCurve of(SuccessCurve curve, DifficultyGrid grid, double discrimination) {
        double low = Math.floor(grid.difficulty(0) + SuccessCurve.LOW / discrimination);
        double high = Math.ceil(grid.difficulty(grid.size() - 1) + SuccessCurve.HIGH / discrimination);
        return new AbilityCurve(curve, grid, discrimination, low, high - low <= MAX_CELLS ? (int) (high - low) : 0);
    }

    /** The expected accuracy at ability {@code ability}. */
    double at(double ability) {
        double offset = ability - low;
        if (!(offset >= 0 && offset < cells.length())) {
            return quadrature(ability);
        }
        int cell = (int) offset;
        AdaptiveSpline spline = cells.get(cell);
        if (spline == null) {
            spline = fit(low + cell);
            cells.set(cell, spline);
        }
        return spline.tabulated() && spline.covers(ability) ? SuccessCurve.clamp(spline.at(ability)) : quadrature(ability);
    }

    private AdaptiveSpline fit(double left) {
        return AdaptiveSpline.fit(this::quadrature, left, left + 1, CELL_STEP, SuccessCurve.TOLERANCE);
    }

    private double quadrature(double ability) {
        return curve.mean(grid, discrimination, ability);
    }
}
