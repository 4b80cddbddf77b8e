package io.flopsplit.compute;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers as text, the way a user types them: {@code 1e23}, {@code 4.1297e10}, {@code 0.25}.
 * {@link #exact} keeps every digit needed to read the same double back (for JSON, CSV and error
 * messages); {@link #significant} rounds for tables meant to be read by eye.
 */
public final class NumberText {

    private NumberText() {
    }

    /** Shortest text that reads back as the same double; NaN and infinities as Java spells them. */
    public static String exact(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return Long.toString((long) value);
        }
        return Double.toString(value).replace("E", "e").replace(".0e", "e");
    }

    /**
     * Rounded to {@code digits} significant digits: plain between 1e-3 and 1e6, with an exponent
     * outside, trailing zeros dropped ({@code 4.1297e10}, {@code 1.9112}, {@code 20.000} as {@code 20}).
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value) || value == 0) {
            return exact(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-3 && magnitude < 1e6) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}
