package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A known value: every draw is the value itself and consumes no randomness.
 *
 * @param value the value
 */
public record Fixed(double value) implements Uncertain {

    public Fixed {
        Checks.finite("value", value);
    }

    @Override
    public double sample(UniformRandomProvider random) {
        return value;
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double low() {
        return value;
    }

    @Override
    public double high() {
        return value;
    }

    @Override
    public String describe() {
        return Checks.show(value);
    }
}
