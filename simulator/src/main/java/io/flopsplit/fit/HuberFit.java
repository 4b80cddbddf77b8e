package io.flopsplit.fit;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;

/**
 * Minimises the {@link HuberObjective} with Commons Math's Levenberg–Marquardt optimiser (a port
 * of MINPACK's lmder) on its square-root terms, whose sum of squares is the summed Huber loss, with
 * the analytic Jacobian. From many starts, the lowest objective wins (ties: the earlier start).
 *
 * <p>Why Levenberg–Marquardt: the objective is a sum of squares of smooth terms, for which it
 * converges in tens of evaluations from each of the 4,500 starts, to points where the gradient is
 * below 1e-8. On the same sweeps Commons Math's nonlinear conjugate gradient took some 85 times as
 * many evaluations and stopped at higher objectives (the premature stop Besiroglu et al. 2024 found
 * in the original fit), and BOBYQA ran out of 20,000 evaluations from most starts along the narrow
 * valley where log A and α trade off. Commons Math 3 has no L-BFGS, the papers' optimiser.
 */
final class HuberFit {

    /** Evaluations allowed from one start before it counts as not converged. */
    static final int MAX_EVALUATIONS = 5_000;
    private static final double TOLERANCE = 1e-12;

    private HuberFit() {
    }

    /**
     * A converged fit.
     *
     * @param constants the constants found
     * @param objective the summed Huber loss there
     */
    record Optimum(LogConstants constants, double objective) {
    }

    /** The lowest of {@code optima} (the first of equals), or empty if none converged. */
    static Optional<Optimum> lowest(List<Optional<Optimum>> optima) {
        Optimum best = null;
        for (Optional<Optimum> optimum : optima) {
            if (optimum.isPresent() && (best == null || optimum.get().objective() < best.objective())) {
                best = optimum.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The optimum reached from {@code start}, or empty if the optimiser did not converge. */
    static Optional<Optimum> from(HuberObjective objective, LogConstants start) {
        LeastSquaresOptimizer optimizer = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(TOLERANCE)
                .withParameterRelativeTolerance(TOLERANCE);
        try {
            double[] point = optimizer.optimize(objective.problem(start, MAX_EVALUATIONS)).getPoint().toArray();
            LogConstants constants = LogConstants.of(point);
            double value = objective.value(constants);
            return Double.isFinite(value) ? Optional.of(new Optimum(constants, value)) : Optional.empty();
        } catch (MathIllegalStateException | IllegalArgumentException notConverged) {
            return Optional.empty();
        }
    }
}
