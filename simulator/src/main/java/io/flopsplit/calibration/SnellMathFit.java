package io.flopsplit.calibration;

import io.flopsplit.tasks.DifficultyDistribution;
import io.flopsplit.tasks.DifficultyGrid;
import io.flopsplit.tasks.ProblemSet;
import java.util.stream.IntStream;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;

/**
 * The fit behind the {@code snell-math} preset, a calibration stand-in for PaLM 2-S* on MATH as
 * Snell et al. 2024 (arXiv 2408.03314) show it — the model their search and revision constants are
 * measured on, which is not the 8B model of {@code math-like}: pass@1 10.5% for the few-shot base
 * model (§5, Fig. 3/4) with majority voting reaching 2.8× that, and a fine-tuned revision model.
 *
 * <p>Same family as {@code math-like} (b = −logit P, P ~ Beta(α, β), a = 1, ten Zipf distractors).
 * Targets, each with its uncertainty σ: the base model's pass@1 10.5% (σ 0.5 points); its majority
 * vote 18.0/22.5/27.8/28.5% at N = 8/32/128/512 (Fig. 3/4, a third-party reading of the figure,
 * σ 1.5); the revision model's pass@1 per difficulty quintile 60/22/8/2/1% (Fig. 9 left at budget
 * 2⁰, a third-party reading, σ 2.5/2.5/2/1.5/1). Unknowns (log α, log β, θ_base, Zipf exponent,
 * θ_revision) by Levenberg–Marquardt on the ten standardised residuals.
 */
public final class SnellMathFit {

    /** Base model pass@1 (Snell et al. Fig. 3/4 at N = 1). */
    public static final double BASE_PASS_AT_1 = 0.105;
    static final double BASE_SIGMA = 0.005;
    /** Budgets and majority-vote accuracies of the base model (Fig. 3/4, third-party reading). */
    public static final int[] MAJORITY_BUDGETS = {8, 32, 128, 512};
    public static final double[] MAJORITY = {0.180, 0.225, 0.278, 0.285};
    static final double MAJORITY_SIGMA = 0.015;
    /** The revision model's pass@1 per quintile, bin 1 easiest (Fig. 9 left, third-party reading). */
    public static final double[] REVISION_BINS = {0.60, 0.22, 0.08, 0.02, 0.01};
    static final double[] REVISION_SIGMA = {0.025, 0.025, 0.02, 0.015, 0.01};
    public static final int GRID_POINTS = 1024;

    /**
     * What the fit found.
     *
     * @param alpha α of the left tail
     * @param beta β
     * @param baseAbility θ of the few-shot base model
     * @param zipfExponent concentration of the 10 distractors
     * @param revisionAbility θ of the revision model
     * @param residuals the ten standardised residuals (model − target)/σ
     */
    public record Result(double alpha, double beta, double baseAbility, double zipfExponent, double revisionAbility,
            double[] residuals) {

        /** Root mean square of the standardised residuals. */
        public double rms() {
            double sum = 0;
            for (double r : residuals) {
                sum += r * r;
            }
            return Math.sqrt(sum / residuals.length);
        }
    }

    private SnellMathFit() {
    }

    /** Runs the fit. */
    public static Result fit() {
        Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(new double[] {Math.log(0.3), Math.log(2.5), 0.2, 0.15, 1.1}).target(targets())
                .model(LeastSquaresFits.withNumericJacobian(SnellMathFit::values, 1e-5))
                .parameterValidator(p -> {
                    p.setEntry(3, Math.max(0, Math.min(5, p.getEntry(3))));
                    return p;
                }).maxEvaluations(1000).maxIterations(1000).build());
        double[] x = optimum.getPoint().toArray();
        double[] residuals = values(x).subtract(new ArrayRealVector(targets())).toArray();
        return new Result(Math.exp(x[0]), Math.exp(x[1]), x[2], x[3], x[4], residuals);
    }

    /** The preset's quadrature at (α, β). */
    static DifficultyGrid grid(double alpha, double beta) {
        return new DifficultyDistribution.LogitBeta(alpha, beta, 0, 1).grid(GRID_POINTS);
    }

    /** Mean pass@1 per quintile of difficulty (bin 1 easiest). */
    public static double[] passAt1ByBin(ProblemSet problems) {
        int[] bin = problems.binsByPassAt1(5);
        double[] sum = new double[5];
        double[] weight = new double[5];
        for (int i = 0; i < problems.size(); i++) {
            sum[bin[i] - 1] += problems.weight(i) * problems.problem(i).passAt1();
            weight[bin[i] - 1] += problems.weight(i);
        }
        for (int b = 0; b < 5; b++) {
            sum[b] /= weight[b];
        }
        return sum;
    }

    private static double[] targets() {
        double[] target = new double[10];
        target[0] = BASE_PASS_AT_1 / BASE_SIGMA;
        for (int j = 0; j < 4; j++) {
            target[1 + j] = MAJORITY[j] / MAJORITY_SIGMA;
        }
        for (int b = 0; b < 5; b++) {
            target[5 + b] = REVISION_BINS[b] / REVISION_SIGMA[b];
        }
        return target;
    }

    private static RealVector values(double[] x) {
        DifficultyGrid grid = grid(Math.exp(x[0]), Math.exp(x[1]));
        ProblemSet base = new ProblemSet(grid, x[2], 1);
        double[] value = new double[10];
        value[0] = base.passAt1() / BASE_SIGMA;
        double[] votes = IntStream.range(0, MAJORITY_BUDGETS.length).parallel()
                .mapToDouble(j -> MathLikeFit.majorityVote(base, x[3], MAJORITY_BUDGETS[j])).toArray();
        for (int j = 0; j < votes.length; j++) {
            value[1 + j] = votes[j] / MAJORITY_SIGMA;
        }
        double[] bins = passAt1ByBin(new ProblemSet(grid, x[4], 1));
        for (int b = 0; b < 5; b++) {
            value[5 + b] = bins[b] / REVISION_SIGMA[b];
        }
        return new ArrayRealVector(value);
    }
}
