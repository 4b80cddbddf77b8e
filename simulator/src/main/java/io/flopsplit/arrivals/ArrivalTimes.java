package io.flopsplit.arrivals;

import io.flopsplit.compute.Checks;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * The arrivals of one deployment window, drawn in time order from one random stream: a Poisson
 * process whose rate follows an {@link Arrivals} curve. The count is drawn in bulk first — one
 * Poisson draw of the expected number — and, given the count n, the arrivals are n independent
 * points with distribution S(x) = Λ(x)/Λ(1), the curve's cumulative share (the order-statistics
 * property of Poisson processes). Their sorted uniforms are generated one at a time and in order,
 * each the minimum of the uniforms left, u ← u + (1 − u)(1 − V^(1/remaining)), and mapped through
 * S⁻¹ (inversion of the cumulative rate): one uniform per arrival, no array, no sort. Both steps
 * are in Devroye 1986, "Non-Uniform Random Variate Generation", ch. V (ordered samples) and ch. VI
 * (non-homogeneous Poisson processes).
 *
 * <p>Mutable: one per trial. Same stream, same arrivals: every policy of a trial meets the same
 * arrival times (common random numbers).
 */
public final class ArrivalTimes {

    /** The most arrivals one window may expect: they are drawn and yielded one at a time. */
    public static final double MAX_EXPECTED_ARRIVALS = 1e7;

    private final RateCurve curve;
    private final UniformRandomProvider rng;
    private final int count;
    private int drawn;
    private double share;
    private int segment;
    private double lastFraction;

    private ArrivalTimes(RateCurve curve, int count, UniformRandomProvider rng) {
        this.curve = curve;
        this.count = count;
        this.rng = rng;
    }

    /** Draws the count of arrivals with mean {@code expectedArrivals}, then yields them in order. */
    static ArrivalTimes draw(RateCurve curve, double expectedArrivals, UniformRandomProvider rng) {
        Checks.inRange("expectedArrivals", expectedArrivals, 0, MAX_EXPECTED_ARRIVALS);
        Checks.present("rng", rng);
        int count = expectedArrivals == 0 ? 0 : PoissonSampler.of(rng, expectedArrivals).sample();
        return new ArrivalTimes(curve, count, rng);
    }

    /** The number of arrivals in the whole window, Poisson distributed. */
    public int count() {
        return count;
    }

    /** Arrivals already yielded. */
    public int drawn() {
        return drawn;
    }

    /** Whether an arrival is left. */
    public boolean hasNext() {
        return drawn < count;
    }

    /**
     * The next arrival, as a fraction of the window in [0, 1]; never before the previous one, even
     * where rounding in S⁻¹ would put it an ulp earlier.
     *
     * @throws IllegalStateException when none is left
     */
    public double next() {
        if (!hasNext()) {
            throw new IllegalStateException("all " + count + " arrivals have been drawn");
        }
        int remaining = count - drawn;
        double v = 1 - rng.nextDouble();
        share = Math.min(1, share + (1 - share) * -Math.expm1(Math.log(v) / remaining));
        drawn++;
        segment = curve.segmentOf(share, segment);
        lastFraction = Math.max(lastFraction, curve.fractionAt(share, segment));
        return lastFraction;
    }
}
