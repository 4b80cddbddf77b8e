package io.flopsplit.optimum;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * One-dimensional root finding and minimisation on a logarithmic scale, where quantities spanning
 * 1e0 to 1e300 are searched without overflow. Both use Brent's method from Commons Math on a
 * bracket: the root finder needs a sign change, the minimiser first scans a grid so that it refines
 * the best bracket rather than trusting the function to be unimodal over the whole range.
 */
public final class LogScaleSearch {

    /** ln(Double.MAX_VALUE) rounded down: the largest log-quantity searched. */
    public static final double MAX_LOG = 709.0;
    private static final int MAX_EVALUATIONS = 10_000;
    private static final int GRID_POINTS = 241;

    private LogScaleSearch() {
    }

    /** The x in [low, high] where f changes sign; the caller has checked that it does. */
    public static double root(DoubleUnaryOperator f, double low, double high) {
        BrentSolver solver = new BrentSolver(1e-14, 1e-13);
        return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, low, high);
    }

    /** The x in [low, high] minimising f, found by a grid scan refined with Brent's method. */
    public static double minimum(DoubleUnaryOperator f, double low, double high) {
        return minimum(f, low, high, GRID_POINTS, MAX_EVALUATIONS);
    }

    /**
     * The x in [low, high] minimising f: the best of {@code gridPoints} evenly spaced points, refined
     * by Brent's method within its neighbours using at most {@code refinements} more evaluations
     * (the grid point stands if the refinement does not converge in time).
     */
    public static double minimum(DoubleUnaryOperator f, double low, double high, int gridPoints, int refinements) {
        double step = (high - low) / (gridPoints - 1);
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < gridPoints; i++) {
            double value = f.applyAsDouble(low + i * step);
            if (value < bestValue) {
                bestValue = value;
                best = i;
            }
        }
        double left = low + Math.max(0, best - 1) * step;
        double right = low + Math.min(gridPoints - 1, best + 1) * step;
        BrentOptimizer optimizer = new BrentOptimizer(1e-12, 1e-14);
        try {
            UnivariatePointValuePair pair = optimizer.optimize(new MaxEval(refinements),
                    new UnivariateObjectiveFunction(f::applyAsDouble), GoalType.MINIMIZE,
                    new SearchInterval(left, right, low + best * step));
            return pair.getValue() <= bestValue ? pair.getPoint() : low + best * step;
        } catch (TooManyEvaluationsException notConverged) {
            return low + best * step;
        }
    }
}
