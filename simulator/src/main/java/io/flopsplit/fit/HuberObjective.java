package io.flopsplit.fit;

import io.flopsplit.compute.Checks;
import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The objective of Hoffmann et al. 2022 (arXiv 2203.15556, App. D.2): the Huber loss of the
 * log-loss residuals r_i = log L_i − LSE(a − α·log N_i, b − β·log D_i, e), summed over the runs,
 * Σ H_δ(r_i) with H_δ(r) = r²/2 for |r| ≤ δ and δ·(|r| − δ/2) beyond. Summed, not averaged:
 * Besiroglu et al. 2024 (arXiv 2404.10102) traced the original fit's early stop to the averaged
 * loss's tiny scale.
 *
 * <p>For a least-squares optimiser the objective is written as a sum of squares: each run
 * contributes f_i = sign(r_i)·√(2·H_δ(r_i)), so that ½·Σ f_i² = Σ H_δ(r_i) exactly; f is continuously
 * differentiable in r (slope 1 up to δ, δ/|f| beyond), and its Jacobian is f'(r_i)·∂r_i/∂θ.
 */
final class HuberObjective {

    private final double[] logParams;
    private final double[] logTokens;
    private final double[] logLoss;
    private final double delta;

    HuberObjective(List<Run> runs, double delta) {
        this.delta = Checks.positive("delta", delta);
        int n = runs.size();
        logParams = new double[n];
        logTokens = new double[n];
        logLoss = new double[n];
        for (int i = 0; i < n; i++) {
            logParams[i] = Math.log(runs.get(i).params());
            logTokens[i] = Math.log(runs.get(i).tokens());
            logLoss[i] = Math.log(runs.get(i).loss());
        }
    }

    /** The number of runs. */
    int size() {
        return logLoss.length;
    }

    /** H_δ(r). */
    static double huber(double residual, double delta) {
        double size = Math.abs(residual);
        return size <= delta ? 0.5 * residual * residual : delta * (size - 0.5 * delta);
    }

    /** The log-loss residuals log L_i − log L̂_i. */
    double[] residuals(LogConstants c) {
        double[] r = new double[size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = logLoss[i] - c.logLoss(logParams[i], logTokens[i]);
        }
        return r;
    }

    /** Σ H_δ(r_i). */
    double value(LogConstants c) {
        double sum = 0;
        for (double r : residuals(c)) {
            sum += huber(r, delta);
        }
        return sum;
    }

    /** ∂ log L̂_i / ∂(a, b, e, α, β), one row per run. */
    double[][] predictionJacobian(LogConstants c) {
        double[][] jacobian = new double[size()][LogConstants.COUNT];
        for (int i = 0; i < jacobian.length; i++) {
            c.logLossWithGradient(logParams[i], logTokens[i], jacobian[i]);
        }
        return jacobian;
    }

    /** The objective as a least-squares problem over (a, b, e, α, β), starting at {@code start}. */
    LeastSquaresProblem problem(LogConstants start, int maxEvaluations) {
        return new LeastSquaresBuilder()
                .start(start.toArray())
                .model(this::squareRootTerms)
                .target(new double[size()])
                .maxEvaluations(maxEvaluations)
                .maxIterations(maxEvaluations)
                .build();
    }

    private Pair<RealVector, RealMatrix> squareRootTerms(RealVector point) {
        LogConstants c = LogConstants.of(point.toArray());
        int n = size();
        double[] terms = new double[n];
        double[][] jacobian = new double[n][];
        double[] gradient = new double[LogConstants.COUNT];
        for (int i = 0; i < n; i++) {
            double r = logLoss[i] - c.logLossWithGradient(logParams[i], logTokens[i], gradient);
            double size = Math.abs(r);
            double root = size <= delta ? size : Math.sqrt(delta * (2 * size - delta));
            double slope = size <= delta ? 1 : delta / root;
            terms[i] = Math.copySign(root, r);
            jacobian[i] = new double[LogConstants.COUNT];
            for (int k = 0; k < LogConstants.COUNT; k++) {
                jacobian[i][k] = -slope * gradient[k];
            }
        }
        return new Pair<>(new ArrayRealVector(terms, false), new Array2DRowRealMatrix(jacobian, false));
    }
}
