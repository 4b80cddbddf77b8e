package io.flopsplit.calibration;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.NumberText;
import java.util.OptionalDouble;

/**
 * How close the model's value must come to a published one, stated with the target: an absolute or
 * relative band around the published number, a factor either way (for numbers known to within a
 * factor), an interval around it (for a value published as a range or as an upper "up to"), or a
 * direction only (for a finding the paper states without a number, said so in every output).
 */
public sealed interface Tolerance {

    /** Whether the model's value {@code model} (finite) meets the target. */
    boolean accepts(double model);

    /** The published number the tolerance is taken around; empty for a direction-only target. */
    OptionalDouble published();

    /** The published value for people: the number, or the direction stated. */
    default String publishedText() {
        return NumberText.significant(published().orElseThrow(), 5);
    }

    /** The tolerance for people: {@code ± 0.003}, {@code ×/÷ 2}, {@code in [1.25, 1.55]}, {@code direction only}. */
    String describe();

    /** |model − published| ≤ delta. */
    record Absolute(double value, double delta) implements Tolerance {
        public Absolute {
            Checks.finite("value", value);
            Checks.nonNegative("delta", delta);
        }

        @Override
        public boolean accepts(double model) {
            return Math.abs(model - value) <= delta;
        }

        @Override
        public OptionalDouble published() {
            return OptionalDouble.of(value);
        }

        @Override
        public String describe() {
            return "± " + NumberText.exact(delta);
        }
    }

    /** |model − published| ≤ fraction·|published|. */
    record Relative(double value, double fraction) implements Tolerance {
        public Relative {
            Checks.finite("value", value);
            Checks.positive("fraction", fraction);
        }

        @Override
        public boolean accepts(double model) {
            return Math.abs(model - value) <= fraction * Math.abs(value);
        }

        @Override
        public OptionalDouble published() {
            return OptionalDouble.of(value);
        }

        @Override
        public String describe() {
            return "± " + NumberText.exact(100 * fraction) + "% (relative)";
        }
    }

    /** published/factor ≤ model ≤ published·factor, for a positive published value. */
    record Factor(double value, double factor) implements Tolerance {
        public Factor {
            Checks.positive("value", value);
            Checks.inRange("factor", factor, 1, Double.MAX_VALUE);
        }

        @Override
        public boolean accepts(double model) {
            return model >= value / factor && model <= value * factor;
        }

        @Override
        public OptionalDouble published() {
            return OptionalDouble.of(value);
        }

        @Override
        public String describe() {
            return "×/÷ " + NumberText.exact(factor) + " (" + NumberText.significant(value / factor, 3) + " to "
                    + NumberText.significant(value * factor, 3) + ")";
        }
    }

    /** low ≤ model ≤ high, around a published value inside the interval. */
    record Band(double value, double low, double high) implements Tolerance {
        public Band {
            Checks.bounds(low, high);
            Checks.inRange("value", value, low, high);
        }

        @Override
        public boolean accepts(double model) {
            return model >= low && model <= high;
        }

        @Override
        public OptionalDouble published() {
            return OptionalDouble.of(value);
        }

        @Override
        public String describe() {
            return "in [" + NumberText.exact(low) + ", " + NumberText.exact(high) + "]";
        }
    }

    /**
     * A direction only: the paper states the finding without a number, so the check is that the
     * model's value lies strictly between {@code low} and {@code high} (one of them infinite for
     * "greater than" or "less than").
     *
     * @param claim the finding, for people, e.g. {@code ratio > 1: gradient needs the larger model}
     * @param low exclusive lower bound, or −∞
     * @param high exclusive upper bound, or +∞
     */
    record Direction(String claim, double low, double high) implements Tolerance {
        public Direction {
            Checks.present("claim", claim);
            if (!(low < high)) {
                throw new IllegalArgumentException("low: must be below high, was " + low + " and " + high);
            }
        }

        /** The model's value must exceed {@code bound}. */
        public static Direction above(double bound, String claim) {
            return new Direction(claim, bound, Double.POSITIVE_INFINITY);
        }

        /** The model's value must stay below {@code bound}. */
        public static Direction below(double bound, String claim) {
            return new Direction(claim, Double.NEGATIVE_INFINITY, bound);
        }

        @Override
        public boolean accepts(double model) {
            return model > low && model < high;
        }

        @Override
        public OptionalDouble published() {
            return OptionalDouble.empty();
        }

        @Override
        public String publishedText() {
            return claim;
        }

        @Override
        public String describe() {
            if (high == Double.POSITIVE_INFINITY) {
                return "direction only: > " + NumberText.exact(low);
            }
            if (low == Double.NEGATIVE_INFINITY) {
                return "direction only: < " + NumberText.exact(high);
            }
            return "direction only: in (" + NumberText.exact(low) + ", " + NumberText.exact(high) + ")";
        }
    }
}
