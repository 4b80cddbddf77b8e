package io.flopsplit.arrivals;

/**
 * A piecewise-linear arrival rate r(x) over the fraction x ∈ [0, 1] of a deployment window, with its
 * cumulative share S(x) = Λ(x)/Λ(1), Λ(x) = ∫₀ˣ r, and the inverse of S in closed form: within a
 * segment Λ is quadratic, and the root is taken in the form that does not cancel
 * (d = 2t / (r₀ + √(r₀² + 2·slope·t)) for area t past the segment's start), exact for flat segments,
 * rising and falling ones alike. Immutable.
 */
final class RateCurve {

    /** The constant rate of a homogeneous Poisson process. */
    static final RateCurve FLAT = new RateCurve(new double[] {0, 1}, new double[] {1, 1});

    private final double[] fractions;
    private final double[] rates;
    private final double[] cumulative;

    /** A curve through knots (fractions[i], rates[i]); the caller has validated them. */
    RateCurve(double[] fractions, double[] rates) {
        this.fractions = fractions.clone();
        this.rates = rates.clone();
        this.cumulative = new double[fractions.length];
        for (int i = 1; i < fractions.length; i++) {
            cumulative[i] = cumulative[i - 1] + (fractions[i] - fractions[i - 1]) * (rates[i - 1] + rates[i]) / 2;
        }
    }

    /** Λ(1): the area under the curve, the mean of the relative rate over the window. */
    double total() {
        return cumulative[cumulative.length - 1];
    }

    /** S(x): the expected share of the window's arrivals that come before fraction {@code x}. */
    double share(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        int segment = 0;
        while (fractions[segment + 1] < x) {
            segment++;
        }
        double d = x - fractions[segment];
        double area = cumulative[segment] + d * (rates[segment] + rateAt(segment, d)) / 2;
        return Math.min(1, area / total());
    }

    /**
     * S⁻¹(share): the window fraction by which {@code share} of the arrivals have come. The search
     * for the segment starts at {@code fromSegment}; arrivals drawn in order pass
     * {@link #segmentOf} forward, so a whole trial's inversions walk the knots once.
     */
    double fractionAt(double share, int fromSegment) {
        int segment = segmentOf(share, fromSegment);
        double area = Math.max(0, share * total() - cumulative[segment]);
        double width = fractions[segment + 1] - fractions[segment];
        double rate = rates[segment];
        double slope = (rates[segment + 1] - rate) / width;
        double root = rate + Math.sqrt(Math.max(0, rate * rate + 2 * slope * area));
        double d = root > 0 ? 2 * area / root : 0;
        return Math.min(fractions[segment + 1], fractions[segment] + Math.min(width, d));
    }

    /** The segment, at or after {@code fromSegment}, whose cumulative range holds {@code share}. */
    int segmentOf(double share, int fromSegment) {
        double area = share * total();
        int segment = fromSegment;
        while (segment < fractions.length - 2 && cumulative[segment + 1] < area) {
            segment++;
        }
        return segment;
    }

    private double rateAt(int segment, double d) {
        double width = fractions[segment + 1] - fractions[segment];
        return rates[segment] + (rates[segment + 1] - rates[segment]) * d / width;
    }
}
