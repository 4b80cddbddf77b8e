package io.flopsplit.fit;

import io.flopsplit.compute.Checks;

/**
 * A fitted quantity with its bootstrap uncertainty: the estimate from all runs, the standard
 * deviation of the bootstrap replicates (its standard error) and their percentile interval.
 * A percentile interval need not contain the estimate when the replicates are skewed.
 *
 * @param quantity what is estimated
 * @param estimate the value under the law fitted to all runs
 * @param standardError the standard deviation of the bootstrap replicates
 * @param low the lower percentile of the replicates
 * @param high the upper percentile of the replicates
 */
public record Estimate(Quantity quantity, double estimate, double standardError, double low, double high) {

    public Estimate {
        Checks.present("quantity", quantity);
        Checks.finite("estimate", estimate);
        Checks.nonNegative("standardError", standardError);
        Checks.finite("low", low);
        Checks.finite("high", high);
        if (low > high) {
            throw new IllegalArgumentException("low: must be <= high (" + Checks.show(high) + "), was " + Checks.show(low));
        }
    }

    /** Whether {@code value} lies in the percentile interval (bounds included). */
    public boolean covers(double value) {
        return value >= low && value <= high;
    }
}
