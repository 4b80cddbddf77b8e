package io.flopsplit.tasks;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/**
 * Quantiles, quadrature and draws of y = logit(P), P ~ Beta(α, β), for
 * {@link DifficultyDistribution.LogitBeta}. Everything is computed in logit space, so that the
 * left tail (P down to 1e-100 and below) keeps its relative accuracy: Commons Math's
 * {@code BetaDistribution.inverseCumulativeProbability} solves to an absolute accuracy of 1e-9 and
 * cannot resolve the power-law tail that coverage at k = 10⁴–10⁵ depends on.
 *
 * <p>The quadrature is graded in u = F(P): {@value #TAIL_SHARE} of the nodes sit on log-spaced cells
 * of u ∈ [{@value #TAIL_FROM}, {@value #TAIL_TO}] (the problems a model almost never solves, whose
 * mass decides coverage at large k), the rest on equal cells of [{@value #TAIL_TO}, 1]; each node is
 * the quantile of its cell's midpoint (geometric in the tail) and weighs the cell's probability. The
 * mass below {@value #TAIL_FROM} joins the first cell.
 */
final class LogitBetaQuadrature {

    static final double TAIL_SHARE = 0.4;
    static final double TAIL_FROM = 1e-14;
    static final double TAIL_TO = 1e-2;
    /** Below this P the tail is P^α/(α·B(α, β)) to a relative accuracy of about P: no root finding. */
    private static final double ASYMPTOTIC_BELOW = 1e-12;
    private static final double LOGIT_REACH = 60;
    private static final int MAX_EVALUATIONS = 500;

    private final double alpha;
    private final double beta;
    private final double logBeta;

    LogitBetaQuadrature(double alpha, double beta) {
        this.alpha = alpha;
        this.beta = beta;
        this.logBeta = Beta.logBeta(alpha, beta);
    }

    /** Nodes y_j = logit(P_j) in increasing order and their weights, {@code points} of them. */
    double[][] nodes(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("points: must be >= 1, was " + points);
        }
        int tail = points < 10 ? 0 : (int) Math.round(TAIL_SHARE * points);
        int body = points - tail;
        double bodyFrom = tail == 0 ? 0 : TAIL_TO;
        double[] y = new double[points];
        double[] w = new double[points];
        double logFrom = Math.log(TAIL_FROM);
        double logTo = Math.log(TAIL_TO);
        for (int j = 0; j < tail; j++) {
            double low = Math.exp(logFrom + (logTo - logFrom) * j / tail);
            double high = Math.exp(logFrom + (logTo - logFrom) * (j + 1) / tail);
            y[j] = quantile(Math.sqrt(low * high));
            w[j] = high - low + (j == 0 ? TAIL_FROM : 0);
        }
        for (int j = 0; j < body; j++) {
            double low = bodyFrom + (1 - bodyFrom) * j / body;
            double high = bodyFrom + (1 - bodyFrom) * (j + 1) / body;
            y[tail + j] = quantile((low + high) / 2);
            w[tail + j] = high - low;
        }
        return new double[][] {y, w};
    }

    /** The logit y with F(σ(y)) = u, for u in (0, 1). */
    double quantile(double u) {
        if (u <= 0 || u >= 1) {
            throw new IllegalArgumentException("u: must be in (0, 1), was " + u);
        }
        double logSmall = (Math.log(u) + Math.log(alpha) + logBeta) / alpha;
        if (logSmall < Math.log(ASYMPTOTIC_BELOW)) {
            return logSmall - Math.log1p(-Math.exp(logSmall));
        }
        double logLarge = (Math.log1p(-u) + Math.log(beta) + logBeta) / beta;
        if (logLarge < Math.log(ASYMPTOTIC_BELOW)) {
            return Math.log1p(-Math.exp(logLarge)) - logLarge;
        }
        boolean lower = u <= 0.5;
        double target = lower ? Math.log(u) : Math.log1p(-u);
        return new BrentSolver(1e-13).solve(MAX_EVALUATIONS,
                y -> (lower ? logLowerTail(y) : logUpperTail(y)) - target, -LOGIT_REACH, LOGIT_REACH);
    }

    /** log F(σ(y)), accurate as F → 0. */
    private double logLowerTail(double y) {
        return Math.log(Math.max(Double.MIN_NORMAL, Beta.regularizedBeta(Problem.sigmoid(y), alpha, beta, 1e-15,
                10_000)));
    }

    /** log(1 − F(σ(y))), accurate as F → 1. */
    private double logUpperTail(double y) {
        return Math.log(Math.max(Double.MIN_NORMAL, Beta.regularizedBeta(Problem.sigmoid(-y), beta, alpha, 1e-15,
                10_000)));
    }

    /**
     * One draw of logit(P) = log X − log Y, X ~ Gamma(α), Y ~ Gamma(β), each taken in logs
     * (log Gamma(a) = log Gamma(a + 1) + log(U)/a) so that no draw underflows to P = 0.
     */
    static double sample(double alpha, double beta, UniformRandomProvider rng) {
        return logGamma(alpha, rng) - logGamma(beta, rng);
    }

    private static double logGamma(double shape, UniformRandomProvider rng) {
        double larger = AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape + 1, 1).sample();
        return Math.log(larger) + Math.log(1 - rng.nextDouble()) / shape;
    }
}
