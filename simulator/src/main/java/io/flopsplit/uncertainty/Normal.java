package io.flopsplit.uncertainty;

import io.flopsplit.compute.Checks;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A normal distribution N(mean, sd²), optionally truncated to [low, high]. Truncated draws use the
 * inverse-CDF method on the truncated range, mirrored into the lower tail so that far-tail ranges
 * keep their precision; its mean is mean + sd·(φ(a) − φ(b))/(Φ(b) − Φ(a)) with a, b the
 * standardised bounds. A truncation range with (numerically) no probability mass is refused.
 *
 * @param mean mean of the untruncated normal
 * @param sd standard deviation of the untruncated normal (> 0)
 * @param low lower truncation bound ({@code -Double.MAX_VALUE} for none)
 * @param high upper truncation bound ({@code Double.MAX_VALUE} for none)
 */
public record Normal(double mean, double sd, double low, double high) implements Uncertain {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);
    private static final double MIN_MASS = 1e-12;

    public Normal {
        Checks.finite("mean", mean);
        Checks.positive("sd", sd);
        Checks.bounds(low, high);
        double mass = STANDARD.cumulativeProbability((high - mean) / sd)
                - STANDARD.cumulativeProbability((low - mean) / sd);
        double upperTail = STANDARD.cumulativeProbability(-(low - mean) / sd)
                - STANDARD.cumulativeProbability(-(high - mean) / sd);
        if (Math.max(mass, upperTail) < MIN_MASS) {
            throw new IllegalArgumentException("low: the range [" + Checks.show(low) + ", " + Checks.show(high)
                    + "] holds no probability of normal(mean=" + Checks.show(mean) + ", sd=" + Checks.show(sd) + ")");
        }
    }

    /** An untruncated normal. */
    public static Normal of(double mean, double sd) {
        return new Normal(mean, sd, -Double.MAX_VALUE, Double.MAX_VALUE);
    }

    private boolean truncated() {
        return low > -Double.MAX_VALUE || high < Double.MAX_VALUE;
    }

    @Override
    public double sample(UniformRandomProvider random) {
        if (!truncated()) {
            return mean + sd * ZigguratSampler.NormalizedGaussian.of(random).sample();
        }
        double a = (low - mean) / sd;
        double b = (high - mean) / sd;
        boolean mirror = a > 0;
        double from = mirror ? -b : a;
        double to = mirror ? -a : b;
        double pFrom = STANDARD.cumulativeProbability(from);
        double pTo = STANDARD.cumulativeProbability(to);
        double z = STANDARD.inverseCumulativeProbability(pFrom + random.nextDouble() * (pTo - pFrom));
        double x = mean + sd * (mirror ? -z : z);
        return Math.min(high, Math.max(low, x));
    }

    @Override
    public double mean() {
        if (!truncated()) {
            return mean;
        }
        double a = (low - mean) / sd;
        double b = (high - mean) / sd;
        boolean mirror = a > 0;
        double from = mirror ? -b : a;
        double to = mirror ? -a : b;
        double shift = (STANDARD.density(from) - STANDARD.density(to))
                / (STANDARD.cumulativeProbability(to) - STANDARD.cumulativeProbability(from));
        return mean + sd * (mirror ? -shift : shift);
    }

    @Override
    public String describe() {
        String text = "normal(mean=" + Checks.show(mean) + ", sd=" + Checks.show(sd);
        if (low > -Double.MAX_VALUE) {
            text += ", low=" + Checks.show(low);
        }
        if (high < Double.MAX_VALUE) {
            text += ", high=" + Checks.show(high);
        }
        return text + ")";
    }
}
