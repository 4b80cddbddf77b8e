package io.flopsplit.compute;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An interval of numbers, each end open or closed, possibly unbounded (an infinite end): the values
 * a key allows, or the values a quantity can take (an accuracy lies in [0, 1]).
 * Its failures use the project's message format: {@code name: must be > 0, was -1}.
 *
 * @param low the lower end, or -Infinity
 * @param lowOpen whether the lower end is excluded
 * @param high the upper end, or +Infinity
 * @param highOpen whether the upper end is excluded
 */
public record Range(double low, boolean lowOpen, double high, boolean highOpen) {

    /** Every finite number. */
    public static final Range ANY = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    /** Numbers above zero. */
    public static final Range POSITIVE = new Range(0, true, Double.POSITIVE_INFINITY, true);
    /** Numbers at or above zero. */
    public static final Range NON_NEGATIVE = new Range(0, false, Double.POSITIVE_INFINITY, true);
    /** Probabilities, [0, 1]. */
    public static final Range PROBABILITY = closed(0, 1);

    public Range {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high || low == high && (lowOpen || highOpen)) {
            throw new IllegalArgumentException("range: must not be empty, was " + describe(low, lowOpen, high, highOpen));
        }
    }

    /** [low, ∞). */
    public static Range atLeast(double low) {
        return new Range(low, false, Double.POSITIVE_INFINITY, true);
    }

    /** [low, high]. */
    public static Range closed(double low, double high) {
        return new Range(low, false, high, false);
    }

    /** (low, high]. */
    public static Range openClosed(double low, double high) {
        return new Range(low, true, high, false);
    }

    /** (low, high). */
    public static Range open(double low, double high) {
        return new Range(low, true, high, true);
    }

    /** Whether {@code value} is finite and inside. */
    public boolean contains(double value) {
        return Double.isFinite(value) && (lowOpen ? value > low : value >= low) && (highOpen ? value < high : value <= high);
    }

    /** Whether every value of [from, to] is inside. */
    public boolean containsAll(double from, double to) {
        return contains(from) && contains(to);
    }

    /** Accepts {@code value} inside the range; the failure names {@code name} and the value. */
    public double check(String name, double value) {
        Checks.finite(name, value);
        if (!contains(value)) {
            throw new IllegalArgumentException(name + ": " + problem(value));
        }
        return value;
    }

    /** What is wrong with {@code value} outside the range: {@code must be > 0, was -1}. */
    public String problem(double value) {
        return "must be " + describe() + ", was " + Checks.show(value);
    }

    /** The range of a difference x − y of two values in this range: [low − high, high − low]. */
    public Range ofDifferences() {
        double below = low - high;
        double above = high - low;
        return new Range(below, Double.isInfinite(below), above, Double.isInfinite(above));
    }

    /** For people: {@code > 0}, {@code >= 1}, {@code in [0, 1]}, {@code in (0.5, 1]}, {@code any number}. */
    public String describe() {
        return describe(low, lowOpen, high, highOpen);
    }

    private static String describe(double low, boolean lowOpen, double high, boolean highOpen) {
        boolean bottom = Double.isFinite(low);
        boolean top = Double.isFinite(high);
        if (!bottom && !top) {
            return "any number";
        }
        if (!top) {
            return (lowOpen ? "> " : ">= ") + Checks.show(low);
        }
        if (!bottom) {
            return (highOpen ? "< " : "<= ") + Checks.show(high);
        }
        return "in " + (lowOpen ? "(" : "[") + Checks.show(low) + ", " + Checks.show(high) + (highOpen ? ")" : "]");
    }

    /** The JSON Schema bounds of the range. */
    public Map<String, Object> schema() {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (Double.isFinite(low)) {
            schema.put(lowOpen ? "exclusiveMinimum" : "minimum", low);
        }
        if (Double.isFinite(high)) {
            schema.put(highOpen ? "exclusiveMaximum" : "maximum", high);
        }
        return schema;
    }
}
