package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A triangular distribution on [low, high] peaking at mode, for an expert's "at least, most
 * likely, at most". Drawn by inverting its CDF; its mean is (low + mode + high)/3.
 *
 * @param low lower bound
 * @param mode most likely value, in [low, high]
 * @param high upper bound (> low)
 */
public record Triangular(double low, double mode, double high) implements Uncertain {

    public Triangular {
        Checks.bounds(low, high);
        Checks.inRange("mode", mode, low, high);
    }

    @Override
    public double sample(UniformRandomProvider random) {
        double u = random.nextDouble();
        double split = (mode - low) / (high - low);
        double value = u < split
                ? low + Math.sqrt(u * (high - low) * (mode - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
        return Math.min(high, Math.max(low, value));
    }

    @Override
    public double mean() {
        return (low + mode + high) / 3;
    }

    @Override
    public String describe() {
        return "triangular(low=" + Checks.show(low) + ", mode=" + Checks.show(mode) + ", high=" + Checks.show(high) + ")";
    }
}
