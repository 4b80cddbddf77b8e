package io.flopsplit.arrivals;

import io.flopsplit.compute.Checks;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How queries arrive over a deployment window: a Poisson process, homogeneous or following a demand
 * curve. The closed family: {@link Poisson} (a constant rate) and {@link DemandCurve} (a
 * piecewise-linear relative rate over the fraction of the window, an inhomogeneous Poisson process).
 * Only the shape of the rate is given here; the expected number of arrivals comes with the
 * deployment's demand. Arrivals are drawn from the trial's ARRIVALS stream only.
 */
public sealed interface Arrivals permits Arrivals.Poisson, Arrivals.DemandCurve {

    /** A homogeneous Poisson process. */
    static Arrivals poisson() {
        return new Poisson();
    }

    /** A demand curve through knots given as (window fraction, relative rate) pairs. */
    static Arrivals demandCurve(double... fractionRatePairs) {
        if (fractionRatePairs.length % 2 != 0) {
            throw new IllegalArgumentException("fractionRatePairs: must come in (fraction, rate) pairs, was "
                    + fractionRatePairs.length + " numbers");
        }
        Knot[] knots = new Knot[fractionRatePairs.length / 2];
        for (int i = 0; i < knots.length; i++) {
            knots[i] = new Knot(fractionRatePairs[2 * i], fractionRatePairs[2 * i + 1]);
        }
        return new DemandCurve(List.of(knots));
    }

    /** S(x): the expected share of the window's arrivals that come by window fraction {@code x}. */
    default double cumulativeShare(double windowFraction) {
        return curve().share(Checks.finite("windowFraction", windowFraction));
    }

    /** Draws one window's arrivals, {@code expectedArrivals} on average, from {@code rng}. */
    default ArrivalTimes draw(double expectedArrivals, UniformRandomProvider rng) {
        return ArrivalTimes.draw(curve(), expectedArrivals, rng);
    }

    /**
     * Draws one window's real queries, {@code expectedQueries} on average, counted before and after a
     * horizon at window fraction {@code horizonFraction} (≥ 1: past the window's end), from {@code rng}.
     */
    default RealArrivals drawReal(double expectedQueries, double horizonFraction, UniformRandomProvider rng) {
        return RealArrivals.draw(curve(), expectedQueries, horizonFraction, rng);
    }

    /** The rate as a curve; a new one for a demand curve, built in O(knots). */
    private RateCurve curve() {
        if (this instanceof DemandCurve demand) {
            return demand.rateCurve();
        }
        return RateCurve.FLAT;
    }

    /** A homogeneous Poisson process: a constant rate over the window, exponential gaps between queries. */
    record Poisson() implements Arrivals {
    }

    /**
     * An inhomogeneous Poisson process whose rate is piecewise linear in the fraction of the window
     * elapsed, through the given knots: e.g. (0, 0.2), (0.5, 1), (1, 3) for a product whose usage
     * grows. Rates are relative: only the curve's shape matters, the expected total comes from the
     * deployment's demand.
     *
     * @param knots at least two, from fraction 0 to fraction 1, fractions strictly increasing, rates
     *     ≥ 0 and not all zero
     */
    record DemandCurve(List<Knot> knots) implements Arrivals {

        public DemandCurve {
            knots = List.copyOf(Checks.present("knots", knots));
            if (knots.size() < 2) {
                throw new IllegalArgumentException("knots: must be at least two, from fraction 0 to 1, was " + knots.size());
            }
            if (knots.get(0).windowFraction() != 0 || knots.get(knots.size() - 1).windowFraction() != 1) {
                throw new IllegalArgumentException("knots: must start at fraction 0 and end at fraction 1, was "
                        + Checks.show(knots.get(0).windowFraction()) + " to "
                        + Checks.show(knots.get(knots.size() - 1).windowFraction()));
            }
            for (int i = 1; i < knots.size(); i++) {
                if (knots.get(i).windowFraction() <= knots.get(i - 1).windowFraction()) {
                    throw new IllegalArgumentException("knots[" + i + "].windowFraction: must be > "
                            + Checks.show(knots.get(i - 1).windowFraction()) + ", was "
                            + Checks.show(knots.get(i).windowFraction()));
                }
            }
            if (knots.stream().allMatch(knot -> knot.relativeRate() == 0)) {
                throw new IllegalArgumentException("knots: the rate must be > 0 somewhere, was 0 everywhere");
            }
        }

        RateCurve rateCurve() {
            double[] fractions = knots.stream().mapToDouble(Knot::windowFraction).toArray();
            double[] rates = knots.stream().mapToDouble(Knot::relativeRate).toArray();
            return new RateCurve(fractions, rates);
        }
    }

    /**
     * One knot of a {@link DemandCurve}.
     *
     * @param windowFraction where in the window, in [0, 1]
     * @param relativeRate the rate there, relative to the curve's other knots, ≥ 0
     */
    record Knot(double windowFraction, double relativeRate) {
        public Knot {
            Checks.probability("windowFraction", windowFraction);
            Checks.nonNegative("relativeRate", relativeRate);
        }
    }
}
