package io.flopsplit.statistics;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A two-sided confidence interval for a mean, from Student's t distribution with n − 1 degrees of
 * freedom: mean ± t_(1−(1−level)/2, n−1)·s/√n. With fewer than two values the interval is the
 * single point of the mean, and {@link #isDefined()} says so.
 *
 * <p>The mean of a quantity that lies in a {@link Range} (an accuracy in [0, 1]) lies in that range
 * too, so {@link #of(RunningMoments.Summary, double, Range)} clamps the t interval to it. Clamping
 * never lowers the coverage: whenever the t interval holds the true mean, so does its intersection
 * with a range known to hold it; it only removes values that cannot be the mean (with two trials
 * an accuracy interval otherwise reaches below 0). It is chosen over intervals built for
 * proportions (Wilson, Clopper–Pearson) because a trial's accuracy is itself a mean over many
 * queries, not one success or failure, so its variance is not p(1 − p); and over a t interval on
 * the logit scale because a policy whose model never deploys scores exactly 0 in every trial.
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

    /**
     * The interval for the mean of {@code summary} at {@code level}, clamped to {@code range}, the
     * range the summarised values lie in (see the class comment).
     */
    public static ConfidenceInterval of(RunningMoments.Summary summary, double level, Range range) {
        return of(summary, level).within(range);
    }

    /**
     * This interval clamped to {@code range}. The mean stays inside the interval even when rounding
     * put it a hair outside the range.
     */
    public ConfidenceInterval within(Range range) {
        double clampedLow = Math.min(Math.max(low, range.low()), mean);
        double clampedHigh = Math.max(Math.min(high, range.high()), mean);
        return new ConfidenceInterval(mean, clampedLow, clampedHigh, level, count);
    }

    /**
     * The ± of the interval: the larger distance from the mean to a bound. Half the width of a t
     * interval; for one clamped to a range, the distance on the side that was not clamped, so that
     * mean ± it always holds the interval.
     */
    public double halfWidth() {
        return Math.max(mean - low, high - mean);
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
