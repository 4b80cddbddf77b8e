package io.flopsplit.statistics;

import io.flopsplit.compute.Checks;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A two-sided confidence interval for a mean, from Student's t distribution with n − 1 degrees of
 * freedom: mean ± t_(1−(1−level)/2, n−1)·s/√n. With fewer than two values the interval is the
 * single point of the mean, and {@link #isDefined()} says so.
 *
 * @param mean the sample mean
 * @param low lower bound
 * @param high upper bound
 * @param level confidence level in (0, 1), e.g. 0.95
 * @param count number of values behind it
 */
public record ConfidenceInterval(double mean, double low, double high, double level, long count) {

    public ConfidenceInterval {
        Checks.finite("mean", mean);
        Checks.finite("low", low);
        Checks.finite("high", high);
        Checks.inRange("level", level, 1e-9, 1 - 1e-9);
        if (low > mean || mean > high) {
            throw new IllegalArgumentException("interval: must hold its mean, was [" + Checks.show(low) + ", "
                    + Checks.show(high) + "] around " + Checks.show(mean));
        }
    }

    /** The interval for the mean of {@code summary} at {@code level}. */
    public static ConfidenceInterval of(RunningMoments.Summary summary, double level) {
        Checks.inRange("level", level, 1e-9, 1 - 1e-9);
        if (summary.count() < 2) {
            return new ConfidenceInterval(summary.mean(), summary.mean(), summary.mean(), level, summary.count());
        }
        double t = new TDistribution(null, summary.count() - 1.0).inverseCumulativeProbability(0.5 + level / 2);
        double half = t * summary.standardError();
        return new ConfidenceInterval(summary.mean(), summary.mean() - half, summary.mean() + half, level,
                summary.count());
    }

    /** Half the width: the ± of the interval. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Whether the interval rests on at least two values. */
    public boolean isDefined() {
        return count >= 2;
    }

    /** Whether {@code value} lies inside the interval (bounds included). */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
