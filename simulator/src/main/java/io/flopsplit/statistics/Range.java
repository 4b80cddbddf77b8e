package io.flopsplit.statistics;

/**
 * The closed range [low, high] a quantity's values are known to lie in, such as [0, 1] for an
 * accuracy or [0, ∞) for a count; either end may be infinite. Confidence intervals of a mean are
 * kept within its quantity's range ({@link ConfidenceInterval#within}).
 *
 * @param low the lowest possible value (may be −∞)
 * @param high the highest possible value (may be +∞)
 */
public record Range(double low, double high) {

    /** Any real value. */
    public static final Range UNBOUNDED = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    /** [0, 1]: probabilities, accuracies, shares. */
    public static final Range UNIT = new Range(0, 1);
    /** [0, ∞): counts, FLOPs, hours. */
    public static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);

    public Range {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("range: must have low <= high, was [" + low + ", " + high + "]");
        }
    }

    /** The range of a difference x − y of two values in this range: [low − high, high − low]. */
    public Range ofDifferences() {
        return new Range(low - high, high - low);
    }
}
