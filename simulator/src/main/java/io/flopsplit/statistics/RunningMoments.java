package io.flopsplit.statistics;

import io.flopsplit.compute.Checks;

/**
 * Count, mean and sum of squared deviations of a stream of values, updated one value at a time
 * (Welford 1962, "Note on a method for calculating corrected sums of squares and products",
 * Technometrics 4(3)) and combined across partial streams (Chan, Golub and LeVeque 1979, "Updating
 * formulae and a pairwise algorithm for computing sample variances"). Memory is constant whatever
 * the number of values. Mutable and not thread-safe: each thread keeps its own and they are
 * combined at the end.
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

    /** Adds every value of {@code other} to this accumulator; {@code other} is unchanged. */
    public void combine(RunningMoments other) {
        if (other.count == 0) {
            return;
        }
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            squaredDeviations = other.squaredDeviations;
            return;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        mean += delta * other.count / total;
        squaredDeviations += other.squaredDeviations + delta * delta * ((double) count * other.count / total);
        count = total;
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
