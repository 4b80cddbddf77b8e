package io.flopsplit.statistics;

import io.flopsplit.compute.Checks;

/**
 * Count, mean and sum of squared deviations of a stream of values, updated one value at a time
 * (Welford 1962, "Note on a method for calculating corrected sums of squares and products",
 * Technometrics 4(3)). Memory is constant whatever the number of values. Mutable and not
 * thread-safe: the Monte Carlo runner folds every trial into it from one thread, in trial order.
 */
public final class RunningMoments {

    private long count;
    private double mean;
    private double squaredDeviations;

    /** Adds one finite value. */
    public void add(double value) {
        Checks.finite("value", value);
        count++;
        double delta = value - mean;
        mean += delta / count;
        squaredDeviations += delta * (value - mean);
    }


    /** How many values were added. */
    public long count() {
        return count;
    }

    /** Their mean; 0 when there are none. */
    public double mean() {
        return mean;
    }

    /** The unbiased sample variance; 0 with fewer than two values. */
    public double variance() {
        return count < 2 ? 0 : Math.max(0, squaredDeviations / (count - 1));
    }

    /** The standard error of the mean, sqrt(variance / count); 0 with fewer than two values. */
    public double standardError() {
        return count < 2 ? 0 : Math.sqrt(variance() / count);
    }

    /** An immutable snapshot. */
    public Summary summary() {
        return new Summary(count, mean, variance());
    }

    /**
     * A snapshot of running moments.
     *
     * @param count number of values
     * @param mean their mean
     * @param variance their unbiased sample variance
     */
    public record Summary(long count, double mean, double variance) {
        public Summary {
            if (count < 0) {
                throw new IllegalArgumentException("count: must be >= 0, was " + count);
            }
            Checks.finite("mean", mean);
            Checks.nonNegative("variance", variance);
        }

        /** The standard error of the mean. */
        public double standardError() {
            return count < 2 ? 0 : Math.sqrt(variance / count);
        }
    }
}
