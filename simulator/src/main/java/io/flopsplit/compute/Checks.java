package io.flopsplit.compute;

/**
 * Argument checks for validated value types. Each check returns the value it accepted, so that
 * compact constructors and factory methods can check and assign in one expression, and each
 * failure names the parameter and the rejected value in the project's one message format:
 * {@code name: must be > 0, was -1e23}.
 */
public final class Checks {

    private Checks() {
    }

    /** Accepts a finite value (neither NaN nor infinite); otherwise a {@link NotFiniteException}. */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new NotFiniteException(name, value);
        }
        return value;
    }

    /** Accepts a finite value strictly greater than zero. */
    public static double positive(String name, double value) {
        finite(name, value);
        if (value <= 0) {
            throw new IllegalArgumentException(name + ": must be > 0, was " + show(value));
        }
        return value;
    }

    /** Accepts a finite value greater than or equal to zero. */
    public static double nonNegative(String name, double value) {
        finite(name, value);
        if (value < 0) {
            throw new IllegalArgumentException(name + ": must be >= 0, was " + show(value));
        }
        return value;
    }

    /** Accepts a finite value in the closed interval [low, high]. */
    public static double inRange(String name, double value, double low, double high) {
        finite(name, value);
        if (value < low || value > high) {
            throw new IllegalArgumentException(
                    name + ": must be in [" + show(low) + ", " + show(high) + "], was " + show(value));
        }
        return value;
    }

    /** Accepts finite bounds {@code low < high}; the failure names the lower bound. */
    public static void bounds(double low, double high) {
        finite("low", low);
        finite("high", high);
        if (low >= high) {
            throw new IllegalArgumentException("low: must be < high (" + show(high) + "), was " + show(low));
        }
    }

    /** Accepts a probability, a finite value in [0, 1]. */
    public static double probability(String name, double value) {
        return inRange(name, value, 0, 1);
    }

    /** Accepts a non-null reference. */
    public static <T> T present(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + ": must be given");
        }
        return value;
    }

    /** Shows a number in messages exactly as it was given: {@code 1e23}, not {@code 1.0E23}. */
    public static String show(double value) {
        return NumberText.exact(value);
    }
}
