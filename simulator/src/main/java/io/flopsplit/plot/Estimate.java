package io.flopsplit.plot;

import io.flopsplit.compute.Checks;

/**
 * A labelled estimate with its interval, one row of a forest plot: a policy's mean accuracy and its
 * 95% confidence interval, or its paired difference from the baseline and that interval.
 *
 * @param label the row's label (a policy name)
 * @param value the estimate
 * @param low the interval's lower bound, at most the estimate
 * @param high the interval's upper bound, at least the estimate
 */
public record Estimate(String label, double value, double low, double high) {

    public Estimate {
        Checks.present("label", label);
        Checks.finite(label + ".value", value);
        Checks.finite(label + ".low", low);
        Checks.finite(label + ".high", high);
        if (low > value || value > high) {
            throw new IllegalArgumentException(label + ": the interval must hold its estimate, was ["
                    + Checks.show(low) + ", " + Checks.show(high) + "] around " + Checks.show(value));
        }
    }
}
