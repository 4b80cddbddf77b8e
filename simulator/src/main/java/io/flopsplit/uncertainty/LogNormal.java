package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A lognormal distribution: exp(N(mu, sigma²)), for positive quantities that vary by factors
 * (query volumes, demand). Given by its median e^mu and the sigma of its logarithm.
 *
 * @param median the median e^mu (> 0)
 * @param sigma standard deviation of the logarithm (> 0)
 */
public record LogNormal(double median, double sigma) implements Uncertain {

    public LogNormal {
        Checks.positive("median", median);
        Checks.inRange("sigma", sigma, Double.MIN_NORMAL, 10);
    }

    @Override
    public double sample(UniformRandomProvider random) {
        double value = median * Math.exp(sigma * ZigguratSampler.NormalizedGaussian.of(random).sample());
        return Math.min(Double.MAX_VALUE, Math.max(Double.MIN_NORMAL, value));
    }

    @Override
    public double mean() {
        return median * Math.exp(sigma * sigma / 2);
    }

    @Override
    public double low() {
        return Double.MIN_NORMAL;
    }

    @Override
    public double high() {
        return Double.MAX_VALUE;
    }

    @Override
    public String describe() {
        return "lognormal(median=" + Checks.show(median) + ", sigma=" + Checks.show(sigma) + ")";
    }
}
