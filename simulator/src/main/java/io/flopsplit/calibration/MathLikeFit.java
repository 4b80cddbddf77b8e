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
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The fit behind the {@code math-like} preset. Targets: Brown et al. 2024 ("Large Language Monkeys",
 * arXiv 2407.21787, Fig. 2 and §4) for Llama-3-8B-Instruct on MATH — coverage 82.9% at k = 100 and
 * 98.44% at k = 10,000, majority vote 40.5–41.4% and flat — and Meta's Llama 3 model card (MATH,
 * 4-shot CoT) pass@1 30.0% for 8B-Instruct and 50.4% for 70B-Instruct, both trained on 15e12 tokens.
 *
 * <p>Model: difficulty b ~ N(0, σ²), discrimination a = 1, so the 8B model's logits are N(θ_8B, σ²).
 * (1) (θ_8B, log σ) by Levenberg–Marquardt least squares on the three 8B figures (coverage@100,
 * coverage@10,000, pass@1); (2) the Zipf exponent of 10 distractors by Brent's root of majority
 * vote at k = 100 = 40.95% (the middle of the published band; k = 1,000 and 10,000 are then
 * predictions, the flatness check); (3) the ability scale s from the 70B anchor,
 * s = (L_8B − L_70B)/(θ_70B − θ_8B), and L_ref = L_8B + s·θ_8B, with the losses from the given law.
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
     * @param difficultySd σ of the difficulty distribution
     * @param ability8b θ of the 8B model
     * @param zipfExponent concentration of the 10 distractors
     * @param scale the ability scale through both anchors
     * @param residualRms root-mean-square residual of the least-squares step
     */
    public record Result(double difficultySd, double ability8b, double zipfExponent, AbilityScale scale,
            double residualRms) {
    }

    private MathLikeFit() {
    }

    /** Runs the fit under {@code law}. */
    public static Result fit(LossSurface law) {
        DifficultyGrid unit = new DifficultyDistribution.Normal(0, 1).grid(GRID_POINTS);
        Optimum optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(new double[] {-1, Math.log(3)}).target(new double[] {COVERAGE_AT_100, COVERAGE_AT_10000,
                        PASS_AT_1_8B})
                .model(point -> valueAndJacobian(unit, point)).maxEvaluations(1000).maxIterations(1000).build());
        double ability = optimum.getPoint().getEntry(0);
        double sd = Math.exp(optimum.getPoint().getEntry(1));
        DifficultyGrid grid = scaled(unit, sd);
        ProblemSet problems = new ProblemSet(grid, ability, 1);
        double zipf = new BrentSolver(1e-10).solve(200,
                z -> majorityVote(problems, z, 100) - MAJORITY_VOTE, 0, 10);
        double loss8b = law.loss(PARAMS_8B, TOKENS);
        double loss70b = law.loss(PARAMS_70B, TOKENS);
        double ability70b = Calibration.abilityFor(grid, 1, PASS_AT_1_70B);
        double lossScale = (loss8b - loss70b) / (ability70b - ability);
        return new Result(sd, ability, zipf, new AbilityScale(loss8b + lossScale * ability, lossScale),
                optimum.getRMS());
    }

    /** Majority-vote accuracy over {@code problems} with 10 distractors of Zipf exponent {@code zipf}. */
    public static double majorityVote(ProblemSet problems, double zipf, int k) {
        PluralityVote vote = new PluralityVote(new Distractors(DISTRACTORS, zipf).shares());
        return problems.mean(problem -> vote.success(problem.passAt1(), k));
    }

    private static RealVector values(DifficultyGrid unit, double[] point) {
        ProblemSet problems = new ProblemSet(scaled(unit, Math.exp(point[1])), point[0], 1);
        return new ArrayRealVector(new double[] {problems.coverage(100), problems.coverage(10_000),
                problems.passAt1()});
    }

    private static Pair<RealVector, RealMatrix> valueAndJacobian(DifficultyGrid unit, RealVector at) {
        double[] point = at.toArray();
        RealVector value = values(unit, point);
        RealMatrix jacobian = new Array2DRowRealMatrix(value.getDimension(), point.length);
        double h = 1e-6;
        for (int j = 0; j < point.length; j++) {
            double[] up = point.clone();
            double[] down = point.clone();
            up[j] += h;
            down[j] -= h;
            jacobian.setColumnVector(j, values(unit, up).subtract(values(unit, down)).mapDivide(2 * h));
        }
        return new Pair<>(value, jacobian);
    }

    private static DifficultyGrid scaled(DifficultyGrid unit, double sd) {
        double[] b = unit.difficulties();
        for (int j = 0; j < b.length; j++) {
            b[j] *= sd;
        }
        return new DifficultyGrid(b, unit.weights());
    }
}
