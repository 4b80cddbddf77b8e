package io.flopsplit.calibration;

import io.flopsplit.inference.BeamSearch;
import io.flopsplit.inference.StrategyParameters;
import java.util.Arrays;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * The fit behind {@link BeamSearch}'s constants: (γ, σ_w, a_s) — the exponent of the PRM's step
 * separation's fall with the step's difficulty, the noise of its step scores of wrong lines, and how
 * far above a wrong step it rates an exploit step — by least squares (Commons Math BOBYQA, bounded)
 * on the {@code snell-math} suite at Snell et al.'s base model, to their Fig. 3 (left) beam-search
 * points (a third-party reading of the figure, σ 1.5 points each): M = 4 at N = 16 (≈ 34%) and
 * N = 256 (≈ 37%), M = √N at N = 256 (≈ 33.5%). The success tables are simulated with fixed random
 * streams per node, so every evaluation sees the same draws (common random numbers) and the objective
 * is a deterministic function of the constants, though not a smooth one. c, h and λ are held at the
 * values of the exact-chain fit this model replaces (three readings cannot identify six constants;
 * c was not identified there either); the verifier's d_hi, d(p), τ and exploit rate, and S = 8 steps,
 * at their presets. Snell et al.'s by-difficulty statements are not in the objective: they are
 * checked as predictions (calibration rows S14 to S22).
 */
public final class BeamSearchFit {

    static final int[] BUDGETS = {16, 256, 256};
    static final long[] WIDTHS = {4, 4, 16};
    static final double[] TARGETS = {0.34, 0.37, 0.335};
    static final double SIGMA = 0.015;
    private static final double[] LOWER = {0, 0.5, 0};
    private static final double[] UPPER = {6, 3, 10};

    /**
     * What the fit found.
     *
     * @param exponent γ
     * @param wrongNoise σ_w
     * @param exploitAppeal a_s
     * @param residuals (model − target)/σ at each point
     * @param evaluations objective evaluations used
     */
    public record Result(double exponent, double wrongNoise, double exploitAppeal, double[] residuals,
            int evaluations) {

        /** The sum of the squared standardised residuals. */
        public double chiSquare() {
            return BeamSearchFit.chiSquare(residuals);
        }
    }

    private BeamSearchFit() {
    }

    /**
     * Runs the fit from {@code start} = (γ, σ_w, a_s); when the optimiser has not converged within
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
                    new InitialGuess(start.clone()), new SimpleBounds(LOWER, UPPER));
        } catch (TooManyEvaluationsException notConverged) {
            // the best point evaluated so far is the answer
        }
        double[] point = best[0];
        return new Result(point[0], point[1], point[2], residuals(point), optimizer.getEvaluations());
    }

    /** The standardised residuals of the shipped constants (the defaults of {@link BeamSearch}'s keys). */
    public static double[] shippedResiduals() {
        StrategyParameters defaults = StrategyParameters.defaults();
        return residuals(new double[] {defaults.get(BeamSearch.SEPARATION_EXPONENT),
            defaults.get(BeamSearch.WRONG_NOISE), defaults.get(BeamSearch.STEP_EXPLOIT_APPEAL)});
    }

    /** The standardised residuals at (γ, σ_w, a_s). */
    static double[] residuals(double[] point) {
        StrategyParameters parameters = StrategyParameters.defaults()
                .with(BeamSearch.SEPARATION_EXPONENT, point[0]).with(BeamSearch.WRONG_NOISE, point[1])
                .with(BeamSearch.STEP_EXPLOIT_APPEAL, point[2]);
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

    /**
     * Runs the fit from the shipped constants, or from (γ, σ_w, a_s) given, and prints what it found;
     * [evaluations] last (run by hand: about 16 s an evaluation on two cores).
     */
    public static void main(String[] args) {
        if (args.length == 2 || args.length > 4) {
            throw new IllegalArgumentException("usage: BeamSearchFit [gamma sigma_w a_s] [evaluations], was "
                    + args.length + " arguments");
        }
        StrategyParameters defaults = StrategyParameters.defaults();
        double[] start = args.length >= 3 ? new double[] {Double.parseDouble(args[0]), Double.parseDouble(args[1]),
            Double.parseDouble(args[2])} : new double[] {defaults.get(BeamSearch.SEPARATION_EXPONENT),
                defaults.get(BeamSearch.WRONG_NOISE), defaults.get(BeamSearch.STEP_EXPLOIT_APPEAL)};
        Result result = fit(start, args.length == 1 || args.length == 4 ? Integer.parseInt(args[args.length - 1]) : 60);
        System.out.printf("gamma %.4f sigma_w %.4f a_s %.4f residuals %s chi2 %.3f evaluations %d%n", result.exponent(),
                result.wrongNoise(), result.exploitAppeal(), Arrays.toString(result.residuals()),
                result.chiSquare(), result.evaluations());
    }
}
