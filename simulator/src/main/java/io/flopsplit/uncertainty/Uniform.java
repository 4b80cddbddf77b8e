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
        Checks.bounds(low, high);
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
