package io.flopsplit.plot;

import io.flopsplit.compute.NumberText;

/**
 * Labels and ranges of logarithmic axes: ticks sit at powers of ten and read 10²⁰, 10²¹, … (with
 * superscript digits, so the label is the number a reader would write). An axis is widened to whole
 * decades so that at least two labelled ticks always show, whatever the data's span.
 */
final class DecadeTicks {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final char SUPERSCRIPT_MINUS = '⁻';
    /** How close log10 of a tick must be to a whole number to count as a decade. */
    private static final double TOLERANCE = 1e-9;

    private DecadeTicks() {
    }

    /** {@code 10²⁰} for 1e20; a value that is not a power of ten keeps its digits (it never should be one). */
    static String label(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return NumberText.significant(value, 4);
        }
        double exponent = Math.log10(value);
        long rounded = Math.round(exponent);
        if (Math.abs(exponent - rounded) > TOLERANCE) {
            return NumberText.significant(value, 4);
        }
        return "10" + superscript(rounded);
    }

    /** Whether {@code label} reads as a power of ten, 10 followed by a superscript exponent. */
    static boolean isDecadeLabel(String label) {
        return label.matches("10" + SUPERSCRIPT_MINUS + "?[" + SUPERSCRIPT_DIGITS + "]+");
    }

    /** The largest power of ten at or below {@code value} (> 0). */
    static double floor(double value) {
        return decade((long) Math.floor(Math.log10(value) + TOLERANCE));
    }

    /** The smallest power of ten at or above {@code value} (> 0). */
    static double ceil(double value) {
        return decade((long) Math.ceil(Math.log10(value) - TOLERANCE));
    }

    /** 10^exponent as the double nearest to it ({@code Math.pow(10, 23)} is one ulp below 1e23). */
    static double decade(long exponent) {
        return Double.parseDouble("1e" + exponent);
    }

    /** The decade range [low, high] holding [min, max]; at least one decade wide. */
    static double[] range(double min, double max) {
        double low = floor(min);
        double high = ceil(max);
        if (high <= low) {
            long exponent = Math.round(Math.log10(low));
            low = decade(exponent - 1);
            high = decade(exponent + 1);
        }
        return new double[] {low, high};
    }

    private static String superscript(long exponent) {
        StringBuilder text = new StringBuilder();
        if (exponent < 0) {
            text.append(SUPERSCRIPT_MINUS);
        }
        for (char digit : Long.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return text.toString();
    }
}
