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

    /**
     * Shortest text that reads back as the same double (the fewest significant digits that
     * round-trip; JDK 17's {@code Double.toString} does not always find them, printing
     * {@code -1e23} as {@code -9.999999999999999E22}). NaN and infinities as Java spells them.
     */
    public static String exact(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal binary = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = binary.round(new MathContext(digits));
            if (rounded.doubleValue() == value) {
                return layout(rounded);
            }
        }
        return layout(binary.round(new MathContext(17)));
    }

    /**
     * Rounded to {@code digits} significant digits: plain between 1e-3 and 1e7, with an exponent
     * outside, trailing zeros dropped ({@code 4.1297e10}, {@code 1.9112}, {@code 20.000} as {@code 20}).
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value) || value == 0) {
            return exact(value);
        }
        return layout(new BigDecimal(value).round(new MathContext(digits)));
    }

    /** Plain between 1e-3 and 1e7, mantissa and exponent outside; trailing zeros dropped. */
    private static String layout(BigDecimal rounded) {
        BigDecimal stripped = rounded.stripTrailingZeros();
        double magnitude = Math.abs(stripped.doubleValue());
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return stripped.toPlainString();
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        return stripped.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }
}
