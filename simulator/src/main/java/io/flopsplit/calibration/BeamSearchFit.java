package io.flopsplit.calibration;

import io.flopsplit.inference.BeamSearch;
import io.flopsplit.inference.StrategyParameters;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * The fit behind {@link BeamSearch}'s constants: (log c, h, λ, γ, σ_w) — the Dirichlet
 * concentration of step difficulty, the difficulty the steps share before a bottleneck takes the
 * rest, the PRM's step-level separation relative to d_hi, the exponent of its fall with the step's
 * difficulty, and the noise of the PRM's scores of wrong lines — by least squares
 * (Commons Math BOBYQA, bounded) on the {@code snell-math} suite at Snell et al.'s base model, to
 * their Fig. 3 (left) beam-search points (a third-party reading of the figure, σ 1.5 points each):
 * M = 4 at N = 16 (≈ 34%) and N = 256 (≈ 37%), M = √N at N = 256 (≈ 33.5%). The objective is
 * deterministic (quasi-random step shares, exact chains), so the optimiser sees a smooth function.
 * The other constants (the verifier's d_hi, d(p) and τ, S = 8 steps) are held at their presets.
 * Snell et al.'s by-difficulty statements (§5.3: beam search degrades on easy questions as the
 * budget grows, stays below best-of-N weighted at high budgets, makes no progress on the hardest)
 * are not in the objective: they are checked as predictions (calibration rows S14 to S17 and S19).
 */
public final class BeamSearchFit {

    static final int[] BUDGETS = {16, 256, 256};
    static final long[] WIDTHS = {4, 4, 16};
    static final double[] TARGETS = {0.34, 0.37, 0.335};
    static final double SIGMA = 0.015;
    private static final double[] LOWER = {Math.log(0.02), 0.5, 0.05, 0, 1};
    private static final double[] UPPER = {Math.log(20), 12, 1, 6, 3};

    /**
     * What the fit found.
     *
     * @param concentration c
     * @param spreadDifficulty h
     * @param separation λ
     * @param exponent γ
     * @param wrongNoise σ_w
     * @param residuals (model − target)/σ at each point
     * @param evaluations objective evaluations used
     */
    public record Result(double concentration, double spreadDifficulty, double separation, double exponent,
            double wrongNoise, double[] residuals, int evaluations) {

        /** The sum of the squared standardised residuals. */
        public double chiSquare() {
            return BeamSearchFit.chiSquare(residuals);
        }
    }

    private BeamSearchFit() {
    }

    /**
     * Runs the fit from {@code start} = (c, h, λ, γ, σ_w); when the optimiser has not converged within
     * {@code maxEvaluations}, the best point it evaluated.
     */
    public static Result fit(double[] start, int maxEvaluations) {
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * LOWER.length + 1, 0.3, 1e-3);
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
                    new InitialGuess(new double[] {Math.log(start[0]), start[1], start[2], start[3], start[4]}),
                    new SimpleBounds(LOWER, UPPER));
        } catch (TooManyEvaluationsException notConverged) {
            // the best point evaluated so far is the answer
        }
        double[] point = best[0];
        return new Result(Math.exp(point[0]), point[1], point[2], point[3], point[4], residuals(point),
                optimizer.getEvaluations());
    }

    /** The standardised residuals of the shipped constants (the defaults of {@link BeamSearch}'s keys). */
    public static double[] shippedResiduals() {
        StrategyParameters defaults = StrategyParameters.defaults();
        return residuals(new double[] {Math.log(defaults.get(BeamSearch.STEP_CONCENTRATION)),
            defaults.get(BeamSearch.SPREAD_DIFFICULTY), defaults.get(BeamSearch.STEP_SEPARATION),
            defaults.get(BeamSearch.SEPARATION_EXPONENT), defaults.get(BeamSearch.WRONG_NOISE)});
    }

    /** The standardised residuals at (log c, h, λ, γ, σ_w). */
    static double[] residuals(double[] point) {
        StrategyParameters parameters = StrategyParameters.defaults()
                .with(BeamSearch.STEP_CONCENTRATION, Math.exp(point[0])).with(BeamSearch.SPREAD_DIFFICULTY, point[1])
                .with(BeamSearch.STEP_SEPARATION, point[2]).with(BeamSearch.SEPARATION_EXPONENT, point[3])
                .with(BeamSearch.WRONG_NOISE, point[4]);
        double[] residuals = new double[BUDGETS.length];
        for (int i = 0; i < BUDGETS.length; i++) {
            var beam = TestTimeCases.strategy(BeamSearch.ID, parameters.with(BeamSearch.BRANCHING, WIDTHS[i]));
            residuals[i] = (TestTimeCases.accuracy(beam, TestTimeCases.snellBase(), BUDGETS[i]) - TARGETS[i]) / SIGMA;
        }
        return residuals;
    }

    static double chiSquare(double[] residuals) {
        double sum = 0;
        for (double r : residuals) {
            sum += r * r;
        }
        return sum;
    }
}
