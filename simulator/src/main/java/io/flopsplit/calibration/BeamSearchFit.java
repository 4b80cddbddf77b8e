package io.flopsplit.calibration;

import io.flopsplit.inference.BeamSearch;
import io.flopsplit.inference.StrategyParameters;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * The fit behind {@link BeamSearch}'s constants: (log c, λ, γ) — the Dirichlet concentration of
 * step difficulty, the PRM's step-level separation relative to d_hi and the exponent of its fall
 * with the step's difficulty — by least squares (Commons Math BOBYQA, bounded) on the
 * {@code snell-math} suite at Snell et al.'s base model, to their Fig. 3 (left) beam-search points
 * (a third-party reading of the figure, σ 1.5 points each): M = 4 at N = 16 (≈ 34%) and N = 256
 * (≈ 37%), M = √N at N = 256 (≈ 33.5%). The objective is deterministic (quasi-random step shares,
 * exact chains), so the optimiser sees a smooth function. The other constants (the verifier's d_hi
 * and d(p), S = 8 steps) are held at their presets.
 */
public final class BeamSearchFit {

    static final int[] BUDGETS = {16, 256, 256};
    static final long[] WIDTHS = {4, 4, 16};
    static final double[] TARGETS = {0.34, 0.37, 0.335};
    static final double SIGMA = 0.015;

    /**
     * What the fit found.
     *
     * @param concentration c
     * @param separation λ
     * @param exponent γ
     * @param residuals (model − target)/σ at each point
     * @param evaluations objective evaluations used
     */
    public record Result(double concentration, double separation, double exponent, double[] residuals,
            int evaluations) {
    }

    private BeamSearchFit() {
    }

    /**
     * Runs the fit from {@code start} = (c, λ, γ); when the optimiser has not converged within
     * {@code maxEvaluations}, the best point it evaluated.
     */
    public static Result fit(double[] start, int maxEvaluations) {
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(6, 0.3, 1e-2);
        double[][] best = {null};
        double[] bestValue = {Double.POSITIVE_INFINITY};
        ObjectiveFunction objective = new ObjectiveFunction(point -> {
            double value = chiSquare(residuals(point));
            if (value < bestValue[0]) {
                bestValue[0] = value;
                best[0] = point.clone();
            }
            return value;
        });
        try {
            optimizer.optimize(new MaxEval(maxEvaluations), GoalType.MINIMIZE, objective,
                    new InitialGuess(new double[] {Math.log(start[0]), start[1], start[2]}),
                    new SimpleBounds(new double[] {Math.log(0.02), 0.05, 0}, new double[] {Math.log(5), 1, 6}));
        } catch (TooManyEvaluationsException notConverged) {
            // the best point evaluated so far is the answer
        }
        double[] point = best[0];
        return new Result(Math.exp(point[0]), point[1], point[2], residuals(point), optimizer.getEvaluations());
    }

    /** The standardised residuals at (log c, λ, γ). */
    static double[] residuals(double[] point) {
        StrategyParameters parameters = StrategyParameters.defaults()
                .with(BeamSearch.STEP_CONCENTRATION, Math.exp(point[0]))
                .with(BeamSearch.STEP_SEPARATION, point[1]).with(BeamSearch.SEPARATION_EXPONENT, point[2]);
        double[] residuals = new double[BUDGETS.length];
        for (int i = 0; i < BUDGETS.length; i++) {
            var beam = TestTimeCases.strategy(BeamSearch.ID, parameters.with(BeamSearch.BRANCHING, WIDTHS[i]));
            residuals[i] = (TestTimeCases.accuracy(beam, TestTimeCases.snellBase(), BUDGETS[i]) - TARGETS[i]) / SIGMA;
        }
        return residuals;
    }

    private static double chiSquare(double[] residuals) {
        double sum = 0;
        for (double r : residuals) {
            sum += r * r;
        }
        return sum;
    }
}
