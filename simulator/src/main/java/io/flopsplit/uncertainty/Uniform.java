package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A continuous uniform distribution on [low, high].
 *
 * @param low lower bound
 * @param high upper bound (> low)
 */
public record Uniform(double low, double high) implements Uncertain {

    public Uniform {
        Checks.finite("low", low);
        Checks.finite("high", high);
        if (low >= high) {
            throw new IllegalArgumentException("low: must be < high (" + Checks.show(high) + "), was " + Checks.show(low));
        }
    }

    @Override
    public double sample(UniformRandomProvider random) {
        return Math.min(high, low + random.nextDouble() * (high - low));
    }

    @Override
    public double mean() {
        return low / 2 + high / 2;
    }

    @Override
    public String describe() {
        return "uniform(low=" + Checks.show(low) + ", high=" + Checks.show(high) + ")";
    }
}
