package io.flopsplit.arrivals;

import io.flopsplit.compute.Checks;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The real queries of one deployment window, counted once and timed only where asked: a Poisson
 * process of mean Q over the window, whose rate follows an {@link Arrivals} curve. A horizon at
 * window fraction x_h splits it in two independent Poisson counts, A ~ Poisson(Q·S(x_h)) before
 * and B ~ Poisson(Q·(1 − S(x_h))) after (thinning; S is the curve's cumulative share). Given the
 * counts, the arrivals of each part are independent points of the curve, so the n-th arrival's
 * share of the window is an order statistic, drawn given the previous one asked for as
 * u + (h − u)·Beta(n − m, c − n + 1) over the part [u, h] where m arrivals of c have come
 * (Devroye 1986, "Non-Uniform Random Variate Generation", ch. V; Beta by Cheng's algorithm,
 * Commons RNG), and mapped to time through S⁻¹. A deployment that serves its queries in batches
 * draws one order statistic per batch, however many queries the batch holds.
 *
 * <p>Counts with a mean above {@value #EXACT_POISSON_BELOW} are drawn as the nearest whole number
 * to a normal of the same mean and variance (the Poisson's skewness there is below 3e-5).
 * Mutable: one per deployment; arrivals must be asked for in increasing order.
 */
public final class RealArrivals {

    /** Above this mean, counts are drawn from the normal approximation. */
    public static final double EXACT_POISSON_BELOW = 1 << 30;
    /** The largest expected count. */
    public static final double MAX_EXPECTED = 1e18;

    private final RateCurve curve;
    private final UniformRandomProvider rng;
    private final double horizonShare;
    private final long before;
    private final long count;
    private long lastIndex;
    private double lastShare;
    private int segment;

    private RealArrivals(RateCurve curve, UniformRandomProvider rng, double horizonShare, long before, long count) {
        this.curve = curve;
        this.rng = rng;
        this.horizonShare = horizonShare;
        this.before = before;
        this.count = count;
    }

    static RealArrivals draw(RateCurve curve, double expected, double horizonFraction, UniformRandomProvider rng) {
        Checks.inRange("expected", expected, 0, MAX_EXPECTED);
        Checks.nonNegative("horizonFraction", horizonFraction);
        double share = horizonFraction >= 1 ? 1 : curve.share(horizonFraction);
        long before = poisson(rng, expected * share);
        long after = share >= 1 ? 0 : poisson(rng, expected * (1 - share));
        return new RealArrivals(curve, rng, share, before, before + after);
    }

    /** A Poisson count of mean {@code mean}: exact below {@value #EXACT_POISSON_BELOW}, normal above. */
    static long poisson(UniformRandomProvider rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < EXACT_POISSON_BELOW) {
            return PoissonSampler.of(rng, mean).sample();
        }
        NormalizedGaussianSampler normal = ZigguratSampler.NormalizedGaussian.of(rng);
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal.sample()));
    }

    /** Real arrivals over the whole window. */
    public long count() {
        return count;
    }

    /** Real arrivals before the horizon (all of them when the horizon is past the window's end). */
    public long beforeHorizon() {
        return before;
    }

    /**
     * The window fraction at which the {@code n}-th arrival (1-based) comes; n must exceed the
     * previous one asked for.
     */
    public double fractionOf(long n) {
        if (n <= lastIndex || n > count) {
            throw new IllegalArgumentException("n: must be in (" + lastIndex + ", " + count + "], was " + n);
        }
        if (lastIndex <= before && n > before) {
            lastIndex = before;
            lastShare = horizonShare;
        }
        boolean first = n <= before;
        long partEnd = first ? before : count;
        double partHigh = first ? horizonShare : 1;
        long rank = n - lastIndex;
        long remaining = partEnd - lastIndex;
        double beta = rank == remaining && rank == 1 ? rng.nextDouble()
                : ChengBetaSampler.of(rng, rank, remaining - rank + 1).sample();
        lastShare = Math.min(partHigh, lastShare + (partHigh - lastShare) * beta);
        lastIndex = n;
        segment = curve.segmentOf(lastShare, segment);
        return curve.fractionAt(lastShare, segment);
    }
}
