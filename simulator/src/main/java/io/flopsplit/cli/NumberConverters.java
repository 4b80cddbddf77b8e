package io.flopsplit.cli;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.NumberText;
import io.flopsplit.scenario.MonteCarloSection;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option converters for numbers. Every numeric option accepts the notation of scenario files
 * ({@link NumberText#parse}: decimal or scientific, {@code 1e24}, {@code 2.21e19}; NaN and
 * infinities refused), whole-number options included ({@code --seed 1e3}, {@code --trials 1e4}),
 * which also refuse fractions and values beyond their range. picocli puts the option's name in
 * front of every message.
 */
final class NumberConverters {

    private NumberConverters() {
    }

    /** The number {@code text} spells; infinite when it is beyond the range of doubles. */
    static double parse(String text) {
        return NumberText.parse(text).orElseThrow(
                () -> new TypeConversionException("must be a number such as 1e24, was '" + text.strip() + "'"));
    }

    /** The whole number {@code text} spells, in [{@code min}, {@code max}]. */
    static long whole(String text, long min, long max) {
        BigDecimal value = NumberText.parseExact(text).orElseThrow(
                () -> new TypeConversionException("must be a whole number such as 1e3, was '" + text.strip() + "'"));
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                || value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new TypeConversionException("must be a whole number from " + show(min) + " to " + show(max)
                    + ", was " + text.strip());
        }
        return value.longValueExact();
    }

    /** The shorter of the plain and the exact scientific spelling: {@code 1e15}, {@code 2147483647}. */
    private static String show(long value) {
        String plain = Long.toString(value);
        boolean exact = new BigDecimal((double) value).compareTo(BigDecimal.valueOf(value)) == 0;
        String scientific = NumberText.exact(value);
        return exact && scientific.length() < plain.length() ? scientific : plain;
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

    /**
     * A finite number of at least one: a count of parameters or tokens (a model has at least one
     * parameter and is trained on at least one token; laws evaluated below that give losses of
     * 1e104 that mean nothing), or a ratio that cannot be below one.
     */
    static final class AtLeastOne implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = parse(text);
            if (!Double.isFinite(value) || value < 1) {
                throw new TypeConversionException("must be a finite number >= 1, was " + Checks.show(value));
            }
            return value;
        }
    }

    /** A master seed, in the bounds of the scenario's {@code montecarlo.seed}: any whole number from 0 a long holds. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return whole(text, MonteCarloSection.SEED.low(), MonteCarloSection.SEED.high());
        }
    }

    /** A number of trials, 1 to 1e15. */
    static final class Trials implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return whole(text, 1, 1_000_000_000_000_000L);
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
            return (int) whole(text, 1, 1024);
        }
    }

    /** A whole number from 1 to the largest int. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return (int) whole(text, 1, Integer.MAX_VALUE);
        }
    }
}
