package io.flopsplit.calibration;

import io.flopsplit.inference.PluralityVote;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.tasks.AbilityScale;
import io.flopsplit.tasks.Calibration;
import io.flopsplit.tasks.DifficultyDistribution;
import io.flopsplit.tasks.DifficultyGrid;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.ProblemSet;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;

/**
 * The fit behind the {@code math-like} preset. Targets: Brown et al. 2024 ("Large Language Monkeys",
 * arXiv 2407.21787, Fig. 2 and §4) for Llama-3-8B-Instruct on MATH — coverage 82.9% at k = 100 and
 * 98.44% at k = 10,000, majority vote 40.5–41.4% and flat — and Meta's Llama 3 model card (MATH,
 * 4-shot CoT) pass@1 30.0% for 8B-Instruct and 50.4% for 70B-Instruct, both trained on 15e12 tokens.
 *
 * <p>Model: difficulty b = −logit P, P ~ Beta(α, β) ({@link DifficultyDistribution.LogitBeta}, a
 * power-law left tail of per-problem success, Schaeffer et al. 2025, arXiv 2502.17578),
 * discrimination a = 1. (1) (log α, log β, θ_8B) by Levenberg–Marquardt on the three 8B figures in
 * logit space (pass@1, coverage@100, coverage@10,000: three equations, three unknowns, so the fit
 * is exact); (2) the Zipf exponent of 10 distractors by Brent's root of majority vote at
 * k = 100 = 40.95% (the middle of the published band; k = 1,000 and 10,000 are then predictions,
 * the flatness check); (3) the ability scale s from the 70B anchor, s = (L_8B − L_70B)/(θ_70B − θ_8B),
 * and L_ref = L_8B + s·θ_8B, with the losses from the given law. Coverage at k = 10⁵ is then an
 * extrapolation along the suite's power law (exponent α).
 */
public final class MathLikeFit {

    public static final double COVERAGE_AT_100 = 0.829;
    public static final double COVERAGE_AT_10000 = 0.9844;
    public static final double MAJORITY_VOTE = 0.4095;
    public static final double PASS_AT_1_8B = 0.300;
    public static final double PASS_AT_1_70B = 0.504;
    public static final double TOKENS = 15e12;
    public static final double PARAMS_8B = 8e9;
    public static final double PARAMS_70B = 70e9;
    public static final int DISTRACTORS = 10;
    public static final int GRID_POINTS = 1024;

    /**
     * What the fit found.
     *
     * @param alpha α, the power-law exponent of the left tail of per-problem success
     * @param beta β
     * @param ability8b θ of the 8B model
     * @param zipfExponent concentration of the 10 distractors
     * @param scale the ability scale through both anchors
     * @param residualRms root-mean-square residual of the least-squares step (logit units)
     */
    public record Result(double alpha, double beta, double ability8b, double zipfExponent, AbilityScale scale,
            double residualRms) {
    }

    private MathLikeFit() {
    }

    /** Runs the fit under {@code law}. */
    public static Result fit(LossSurface law) {
        Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(new double[] {Math.log(0.5), Math.log(0.5), -3}).target(new double[] {logit(PASS_AT_1_8B),
                        logit(COVERAGE_AT_100), logit(COVERAGE_AT_10000)})
                .model(LeastSquaresFits.withNumericJacobian(MathLikeFit::values, 1e-6))
                .maxEvaluations(1000).maxIterations(1000).build());
        double[] point = optimum.getPoint().toArray();
        double alpha = Math.exp(point[0]);
        double beta = Math.exp(point[1]);
        double ability = point[2];
        DifficultyGrid grid = grid(alpha, beta);
        ProblemSet problems = new ProblemSet(grid, ability, 1);
        double zipf = new BrentSolver(1e-10).solve(200, z -> majorityVote(problems, z, 100) - MAJORITY_VOTE, 0, 10);
        double loss8b = law.loss(PARAMS_8B, TOKENS);
        double loss70b = law.loss(PARAMS_70B, TOKENS);
        double ability70b = Calibration.abilityFor(grid, 1, PASS_AT_1_70B);
        double lossScale = (loss8b - loss70b) / (ability70b - ability);
        return new Result(alpha, beta, ability, zipf, new AbilityScale(loss8b + lossScale * ability, lossScale),
                optimum.getRMS());
    }

    /** Majority-vote accuracy over {@code problems} with 10 distractors of Zipf exponent {@code zipf}. */
    public static double majorityVote(ProblemSet problems, double zipf, int k) {
        PluralityVote vote = new PluralityVote(new Distractors(DISTRACTORS, zipf).shares());
        return problems.mean(problem -> vote.success(problem.passAt1(), k));
    }

    /** The suite's quadrature for (α, β): the preset's own, so that the preset reproduces the fit exactly. */
    static DifficultyGrid grid(double alpha, double beta) {
        return new DifficultyDistribution.LogitBeta(alpha, beta, 0, 1).grid(GRID_POINTS);
    }

    private static RealVector values(double[] point) {
        ProblemSet problems = new ProblemSet(grid(Math.exp(point[0]), Math.exp(point[1])), point[2], 1);
        return new ArrayRealVector(new double[] {logit(problems.passAt1()), logit(problems.coverage(100)),
                logit(problems.coverage(10_000))});
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
