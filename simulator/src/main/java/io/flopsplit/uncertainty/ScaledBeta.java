package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;

/**
 * A beta distribution Beta(alpha, beta) stretched onto [low, high] (by default [0, 1]), for
 * probabilities and shares. Drawn with Cheng's algorithm (Commons RNG); mean
 * low + (high − low)·alpha/(alpha + beta).
 *
 * @param alpha first shape (> 0)
 * @param beta second shape (> 0)
 * @param low lower bound
 * @param high upper bound (> low)
 */
public record ScaledBeta(double alpha, double beta, double low, double high) implements Uncertain {

    public ScaledBeta {
        Checks.positive("alpha", alpha);
        Checks.positive("beta", beta);
        Checks.bounds(low, high);
    }

    @Override
    public double sample(UniformRandomProvider random) {
        double unit = ChengBetaSampler.of(random, alpha, beta).sample();
        return Math.min(high, Math.max(low, low + unit * (high - low)));
    }

    @Override
    public double mean() {
        return low + (high - low) * alpha / (alpha + beta);
    }

    @Override
    public String describe() {
        return "beta(alpha=" + Checks.show(alpha) + ", beta=" + Checks.show(beta) + ", low=" + Checks.show(low)
                + ", high=" + Checks.show(high) + ")";
    }
}
