package io.flopsplit.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers as text, the way a user types them: {@code 1e23}, {@code 4.1297e10}, {@code 0.25}.
 * {@link #parse} reads the one notation every input accepts (scenario files and command-line
 * options alike); {@link #exact} keeps every digit needed to read the same double back (for JSON,
 * CSV and error messages); {@link #significant} rounds for tables meant to be read by eye.
 */
public final class NumberText {

    /** Decimal or scientific notation; possessive, so that a long non-number is refused in linear time. */
    private static final Pattern NOTATION = Pattern.compile("[+-]?+(\\d++(\\.\\d*+)?+|\\.\\d++)([eE][+-]?+\\d++)?+");

    private NumberText() {
    }

    /**
     * The number {@code text} spells in the notation every input accepts: decimal or scientific
     * ({@code 1e24}, {@code 2.21e19}, {@code -0.5}, {@code .5}), with surrounding spaces and
     * underscores ignored ({@code 1_000}). Empty when it spells none: NaN, infinities, hexadecimal
     * and Java's {@code d}/{@code f} suffixes are not numbers here. A number beyond the range of
     * doubles reads as an infinity, and one too small as zero.
     */
    public static OptionalDouble parse(String text) {
        return notation(text).map(digits -> OptionalDouble.of(Double.parseDouble(digits))).orElse(OptionalDouble.empty());
    }

    /**
     * The exact value {@code text} spells in the notation of {@link #parse}, for whole numbers that
     * must keep every digit (a seed of 19 digits); empty when it spells none or its exponent is
     * beyond the range of {@link BigDecimal}.
     */
    public static Optional<BigDecimal> parseExact(String text) {
        try {
            return notation(text).map(BigDecimal::new);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> notation(String text) {
        String digits = text.strip().replace("_", "");
        return NOTATION.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
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
