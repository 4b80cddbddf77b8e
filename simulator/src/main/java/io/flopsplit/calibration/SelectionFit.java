package io.flopsplit.calibration;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.data.SelectionMethod;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The fit behind the selection signals of {@link SelectionMethod} and the size-ratio decay η of
 * {@link io.flopsplit.data.SelectionOptions#SIGNAL_DECAY}: weighted least squares of standardised
 * residuals (Nelder–Mead from nine starts) of three constants to four published targets.
 * <ul>
 *   <li>Ankner et al. 2024 (arXiv 2405.20541, abstract): a 125M perplexity selector let a 3B model
 *       reach its baseline in up to 1.45× fewer steps, keeping half the pool: m(0.5; a(24)) ≈ 1.45
 *       (residual on ln m, sd 0.10: an "up to", and 1.36× in the workshop version).</li>
 *   <li>Yin &amp; Rush 2024 (arXiv 2410.16208, abstract): selection is compute-optimal from
 *       trained:selector size ratios of 5× (perplexity) and 10× (gradients). Put in their setting —
 *       a model of fixed size finetuned once over the kept share f = 0.05 of a pool, training at
 *       6·N per token, scoring the pool at c·N/r per token — selection pays when the training it
 *       saves, 6·N·f·P·(m − 1), exceeds its cost c·(N/r)·P: m(f; a(r)) − 1 ≥ c/(6·f·r). The
 *       break-even r* is the smallest r where it pays (residual on ln r*, sd ln 2: the body of the
 *       paper, with its costs, was not read).</li>
 *   <li>DataDecide (Magnusson et al. 2025, arXiv 2504.11393, abstract): a 150M model ranks data
 *       recipes as a 1B one does in ~80% of pairs; for two normal scores of correlation ρ the share
 *       ordered alike is 1/2 + arcsin(ρ)/π, so ρ = sin(0.3π) = 0.809 at r = 6.7, and ρ(r)/ρ(1) =
 *       r^(−η) (sd 0.05; recipe-level evidence, and the 80% includes seed noise).</li>
 * </ul>
 * Three constants, four targets: one degree of freedom. η rests on DataDecide alone (without it the
 * other targets prefer η = 0), and the gradient signal on Yin &amp; Rush's 10× alone; if LESS costs
 * several times 6·N_sel per token (warm-up training, gradients at several checkpoints), the gradient
 * signal rises with it.
 */
public final class SelectionFit {

    public static final double ANKNER_MULTIPLIER = 1.45;
    public static final double ANKNER_KEPT_FRACTION = 0.5;
    public static final double ANKNER_SIZE_RATIO = 3e9 / 125e6;
    public static final double ANKNER_LOG_SD = 0.10;
    public static final double YIN_RUSH_PERPLEXITY_RATIO = 5;
    public static final double YIN_RUSH_GRADIENT_RATIO = 10;
    public static final double YIN_RUSH_KEPT_FRACTION = 0.05;
    public static final double YIN_RUSH_LOG_SD = Math.log(2);
    public static final double DATADECIDE_AGREEMENT = 0.80;
    public static final double DATADECIDE_SIZE_RATIO = 1e9 / 150e6;
    public static final double DATADECIDE_SD = 0.05;
    /** The largest size ratio searched for a break-even. */
    public static final double MAX_SIZE_RATIO = 1e4;
    /** A residual standing for "no break-even up to {@link #MAX_SIZE_RATIO}" in the fit. */
    private static final double NO_BREAK_EVEN = 10;

    /**
     * What the fit found.
     *
     * @param perplexitySignal S for perplexity
     * @param gradientSignal S for gradient features
     * @param signalDecay η
     * @param residuals standardised residuals: Ankner, Yin &amp; Rush perplexity, Yin &amp; Rush gradient, DataDecide
     * @param chiSquare their sum of squares
     */
    public record Result(double perplexitySignal, double gradientSignal, double signalDecay, double[] residuals,
                         double chiSquare) {
    }

    private SelectionFit() {
    }

    /** ρ at r = 6.7 relative to r = 1 from DataDecide's ~80% agreement: sin(π·(0.8 − 1/2)). */
    public static double dataDecideCorrelation() {
        return Math.sin(Math.PI * (DATADECIDE_AGREEMENT - 0.5));
    }

    /** ρ(r)/ρ(1) under a decay η: the signal at r over the signal at size parity. */
    public static double correlationRatio(double signalDecay, double sizeRatio) {
        return new QualityMultiplier(1, signalDecay).signalAt(sizeRatio);
    }

    /**
     * The smallest trained:selector size ratio at which selection pays in Yin &amp; Rush's setting
     * (see the class comment), for a method scoring at {@code flopsPerParamToken}·N_sel per token;
     * 1 when it pays at parity, empty when it does not pay up to {@link #MAX_SIZE_RATIO}.
     */
    public static OptionalDouble breakEvenRatio(QualityMultiplier quality, double flopsPerParamToken) {
        double training = ComputeConvention.STANDARD.trainingFlopsPerParamToken();
        DoubleUnaryOperator gap = logRatio -> {
            double ratio = Math.exp(logRatio);
            return quality.multiplier(YIN_RUSH_KEPT_FRACTION, ratio) - 1
                    - flopsPerParamToken / (training * YIN_RUSH_KEPT_FRACTION * ratio);
        };
        double high = Math.log(MAX_SIZE_RATIO);
        if (gap.applyAsDouble(0) >= 0) {
            return OptionalDouble.of(1);
        }
        if (gap.applyAsDouble(high) < 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.exp(new BrentSolver(1e-12, 1e-12).solve(1000, gap::applyAsDouble, 0, high)));
    }

    /** The standardised residuals of (S_perplexity, S_gradient, η), in {@link Result#residuals()}'s order. */
    public static double[] residuals(double perplexitySignal, double gradientSignal, double signalDecay) {
        QualityMultiplier perplexity = new QualityMultiplier(perplexitySignal, signalDecay);
        QualityMultiplier gradient = new QualityMultiplier(gradientSignal, signalDecay);
        double ankner = perplexity.multiplier(ANKNER_KEPT_FRACTION, ANKNER_SIZE_RATIO);
        return new double[] {
            (Math.log(ankner) - Math.log(ANKNER_MULTIPLIER)) / ANKNER_LOG_SD,
            ratioResidual(breakEvenRatio(perplexity, SelectionMethod.PERPLEXITY.flopsPerParamToken()),
                    YIN_RUSH_PERPLEXITY_RATIO),
            ratioResidual(breakEvenRatio(gradient, SelectionMethod.GRADIENT.flopsPerParamToken()),
                    YIN_RUSH_GRADIENT_RATIO),
            (correlationRatio(signalDecay, DATADECIDE_SIZE_RATIO) - dataDecideCorrelation()) / DATADECIDE_SD};
    }

    private static double ratioResidual(OptionalDouble ratio, double published) {
        return ratio.isPresent() ? (Math.log(ratio.getAsDouble()) - Math.log(published)) / YIN_RUSH_LOG_SD
                : NO_BREAK_EVEN;
    }

    /** Runs the fit. */
    public static Result fit() {
        ObjectiveFunction objective = new ObjectiveFunction(p -> {
            if (p[0] < 0 || p[0] > 3 || p[1] < 0 || p[1] > 3 || p[2] < 0 || p[2] > 1) {
                return 1e9;
            }
            return chiSquare(residuals(p[0], p[1], p[2]));
        });
        PointValuePair best = null;
        for (double signal : new double[] {0.5, 1, 1.5}) {
            for (double decay : new double[] {0.05, 0.2, 0.5}) {
                PointValuePair found = new SimplexOptimizer(1e-12, 1e-12).optimize(new MaxEval(20_000), objective,
                        GoalType.MINIMIZE, new InitialGuess(new double[] {signal, 1.3 * signal, decay}),
                        new NelderMeadSimplex(new double[] {0.1, 0.1, 0.05}));
                if (best == null || found.getValue() < best.getValue()) {
                    best = found;
                }
            }
        }
        double[] p = best.getPoint();
        double[] residuals = residuals(p[0], p[1], p[2]);
        return new Result(p[0], p[1], p[2], residuals, chiSquare(residuals));
    }

    private static double chiSquare(double[] residuals) {
        double sum = 0;
        for (double r : residuals) {
            sum += r * r;
        }
        return sum;
    }
}
