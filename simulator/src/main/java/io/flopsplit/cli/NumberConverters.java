package io.flopsplit.cli;

import io.flopsplit.compute.Checks;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters for numbers: scientific notation accepted ({@code 1e24}), NaN and infinities refused. */
final class NumberConverters {

    private NumberConverters() {
    }

    static double parse(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a number such as 1e24, was '" + text + "'");
        }
    }

    /** A finite number strictly greater than zero. */
    static final class Positive implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = parse(text);
            if (!Double.isFinite(value) || value <= 0) {
                throw new TypeConversionException("must be a finite number > 0, was " + Checks.show(value));
            }
            return value;
        }
    }

    /** A finite number greater than or equal to zero. */
    static final class NonNegative implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = parse(text);
            if (!Double.isFinite(value) || value < 0) {
                throw new TypeConversionException("must be a finite number >= 0, was " + Checks.show(value));
            }
            return value;
        }
    }

    /** A whole number of trials, at least 2. */
    static final class WholeAtLeastTwo implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            double value = parse(text);
            if (value != Math.rint(value) || value < 2 || value > 1e15) {
                throw new TypeConversionException("must be a whole number >= 2, was " + text.trim());
            }
            return (long) value;
        }
    }

    /** A whole number, at least 1 (and at most a million). */
    static final class WholeAtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            double value = parse(text);
            if (value != Math.rint(value) || value < 1 || value > 1e6) {
                throw new TypeConversionException("must be a whole number from 1 to 1000000, was " + text.trim());
            }
            return (int) value;
        }
    }

    /** A number of worker threads, 1 to 1024. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            double value = parse(text);
            if (value != Math.rint(value) || value < 1 || value > 1024) {
                throw new TypeConversionException("must be a whole number from 1 to 1024, was " + text.trim());
            }
            return (int) value;
        }
    }
}
