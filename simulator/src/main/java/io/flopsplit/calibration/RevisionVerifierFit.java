package io.flopsplit.calibration;

import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.inference.VerifierPreset;
import io.flopsplit.inference.WeightedBestOfK;
import java.util.function.Function;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.ArrayRealVector;

/**
 * The fit behind {@link VerifierPreset#SNELL_REVISION_ORM}: the separation d_hi of the ORM Snell et
 * al. 2024 (arXiv 2408.03314, appendix "Revision Model Verifier Training") trained on their revision
 * model's outputs, by Levenberg–Marquardt (Commons Math; Jacobian by central differences) on the
 * {@code snell-math} suite at the revision model's ability, to the parallel samples of the revision
 * model with best-of-N weighted in Fig. 8 — N = 1, 2, 4, 8 at 18, 24, 29, 33% (a third-party
 * reading of the figure, σ 1.5 points each). N = 1 does not depend on the verifier, so three points
 * inform the fit. r and τ are held at {@code snell-prm}'s: with them free ({@link #fitWithAnswerEffect})
 * the optimiser trades τ against d_hi along a valley the three readings cannot close (the
 * curvature they would need is within a reading's error). An ORM scores final answers: no exploit
 * steps. Success is the Monte-Carlo table of {@link WeightedBestOfK} under common random numbers, so
 * the objective is a deterministic function of d_hi.
 */
public final class RevisionVerifierFit {

    static final int[] BUDGETS = {1, 2, 4, 8};
    static final double[] TARGETS = {0.18, 0.24, 0.29, 0.33};
    static final double SIGMA = 0.015;
    /** The central-difference step of the Jacobian (latent sd units). */
    private static final double STEP = 0.02;

    /**
     * What the fit found.
     *
     * @param separationEasy d_hi
     * @param answerEffect τ (held at snell-prm's unless fitted)
     * @param residuals (model − target)/σ at each point
     * @param evaluations model evaluations used
     */
    public record Result(double separationEasy, double answerEffect, double[] residuals, int evaluations) {

        /** The sum of the squared standardised residuals. */
        public double chiSquare() {
            return BeamSearchFit.chiSquare(residuals);
        }
    }

    private RevisionVerifierFit() {
    }

    /** Fits d_hi from {@code start}, r and τ at snell-prm's. */
    public static Result fit(double start) {
        double tau = VerifierPreset.SNELL_PRM.answerEffect();
        Optimum optimum = optimize(new double[] {start}, point -> residuals(point[0], tau));
        double d = optimum.getPoint().getEntry(0);
        return new Result(d, tau, residuals(d, tau), optimum.getEvaluations());
    }

    /** Fits (d_hi, τ) from {@code start}: what shows that τ is not identified by the four points. */
    public static Result fitWithAnswerEffect(double[] start) {
        Optimum optimum = optimize(start.clone(), point -> residuals(point[0], point[1]));
        double[] point = optimum.getPoint().toArray();
        return new Result(point[0], point[1], residuals(point[0], point[1]), optimum.getEvaluations());
    }

    private static Optimum optimize(double[] start, Function<double[], double[]> residuals) {
        return new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder().start(start)
                .target(new double[BUDGETS.length])
                .model(LeastSquaresFits.withNumericJacobian(point -> new ArrayRealVector(residuals.apply(point)), STEP))
                .parameterValidator(p -> {
                    for (int i = 0; i < p.getDimension(); i++) {
                        p.setEntry(i, Math.max(i == 0 ? 0.05 : 0, Math.min(10, p.getEntry(i))));
                    }
                    return p;
                }).maxEvaluations(200).maxIterations(200).build());
    }

    /** The standardised residuals of the shipped preset, as the revision model's calibration rows use it. */
    public static double[] shippedResiduals() {
        return residualsOf(TestTimeCases.revisionModel());
    }

    /** The standardised residuals of an ORM of separation d_hi and answer effect τ (r at snell-prm's). */
    static double[] residuals(double separationEasy, double answerEffect) {
        StrategyParameters orm = StrategyParameters.defaults().with(VerifierKeys.PRESET, VerifierPreset.CUSTOM)
                .with(VerifierKeys.SEPARATION, separationEasy)
                .with(VerifierKeys.SEPARATION_RATIO, VerifierPreset.SNELL_PRM.separationRatio())
                .with(VerifierKeys.ANSWER_EFFECT, answerEffect).with(VerifierKeys.EXPLOIT_RATE, 0.0)
                .with(VerifierKeys.EXPLOIT_APPEAL, 0.0);
        return residualsOf(orm);
    }

    /** (model − target)/σ at each budget, the revision model's parallel samples judged as {@code parameters} say. */
    private static double[] residualsOf(StrategyParameters parameters) {
        double[] residuals = new double[BUDGETS.length];
        for (int i = 0; i < BUDGETS.length; i++) {
            residuals[i] = (parallel(parameters, BUDGETS[i]) - TARGETS[i]) / SIGMA;
        }
        return residuals;
    }

    /** Parallel samples of the revision model, best-of-N weighted, at N = k. */
    static double parallel(StrategyParameters parameters, int k) {
        return TestTimeCases.accuracy(TestTimeCases.strategy(WeightedBestOfK.ID, parameters),
                TestTimeCases.snellRevision(), k);
    }
}
