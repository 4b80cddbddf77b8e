package io.flopsplit.sweep;

import io.flopsplit.compute.NumberText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One varied key of a sweep and its values, read from {@code KEY=SPEC}: a range
 * {@code FROM..TO:N} (N evenly spaced values, ends included), a log range {@code FROM..TO:N:log}
 * (evenly spaced in log10), or an explicit list {@code V1,V2,...} (numbers or words, each a value
 * the key takes in a scenario file). Range values are rounded to {@value #DIGITS} significant
 * digits, so that they read as typed ({@code 1e21}, {@code 0.7}). Values are scalars laid over the
 * scenario; whether the key accepts them is decided by the key itself, when the cells are read.
 *
 * @param key the varied key
 * @param spec the values as given after {@code =}
 * @param texts each value as it is laid over the scenario, in order
 * @param numbers the same values as numbers when every one is a number; empty otherwise
 * @param log whether the values are log-spaced and are drawn on a log axis: a {@code :log} range,
 *     or a list of positive numbers spanning at least two decades
 */
public record SweepAxis(KeyPath key, String spec, List<String> texts, List<Double> numbers, boolean log) {

    /** Significant digits kept of a range's values. */
    static final int DIGITS = 12;
    /** The most values one key may take. */
    public static final int MAX_POINTS = 1000;
    /** A list of positive numbers spanning this ratio or more is drawn on a log axis. */
    private static final double LOG_SPAN = 100;

    public SweepAxis {
        texts = List.copyOf(texts);
        numbers = List.copyOf(numbers);
        if (texts.isEmpty() || !numbers.isEmpty() && numbers.size() != texts.size()) {
            throw new IllegalArgumentException(key.path() + ": needs at least one value, and a number for each or none");
        }
    }

    /** Reads {@code KEY=SPEC}; the failure names what is wrong in one sentence. */
    public static SweepAxis parse(String argument) {
        int equals = argument.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("expected KEY=VALUES, e.g. budget.total=1e20..1e26:13:log or"
                    + " deployment.queries=1e6,1e9,1e12, was '" + argument + "'");
        }
        KeyPath key = KeyPath.parse(argument.substring(0, equals).strip());
        String spec = argument.substring(equals + 1).strip();
        if (spec.isEmpty()) {
            throw new IllegalArgumentException(key.path() + " has no values (zero points); give a range such as"
                    + " 1e20..1e26:13:log or a list such as 1e6,1e9");
        }
        return spec.contains("..") ? range(key, spec) : list(key, spec);
    }

    /** How many values. */
    public int size() {
        return texts.size();
    }

    /** Whether every value is a number. */
    public boolean numeric() {
        return !numbers.isEmpty();
    }

    private static SweepAxis range(KeyPath key, String spec) {
        String[] parts = spec.split(":", -1);
        String[] ends = parts[0].split("\\.\\.", -1);
        String where = key.path() + "=" + spec;
        if (ends.length != 2 || parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(where + ": a range is FROM..TO:N or FROM..TO:N:log, e.g."
                    + " 1e20..1e26:13:log");
        }
        double from = number(ends[0]).orElseThrow(() -> notNumber(where, ends[0]));
        double to = number(ends[1]).orElseThrow(() -> notNumber(where, ends[1]));
        int points = points(where, parts[1]);
        boolean log = parts.length == 3 && spacing(where, parts[2]);
        if (!(from < to)) {
            throw new IllegalArgumentException(where + ": a range must increase (FROM < TO), was "
                    + parts[0].strip());
        }
        if (log && from <= 0) {
            throw new IllegalArgumentException(where + ": a log range needs FROM > 0, was " + ends[0].strip());
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double t = (double) i / (points - 1);
            double value = i == 0 ? from : i == points - 1 ? to
                    : log ? Math.pow(10, Math.log10(from) + t * (Math.log10(to) - Math.log10(from)))
                    : from + t * (to - from);
            values.add(Double.parseDouble(NumberText.significant(value, DIGITS)));
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                throw new IllegalArgumentException(where + ": " + points + " points are too many for this range;"
                        + " neighbouring values coincide at " + DIGITS + " significant digits");
            }
        }
        return new SweepAxis(key, spec, values.stream().map(NumberText::exact).toList(), values, log);
    }

    private static SweepAxis list(KeyPath key, String spec) {
        List<String> texts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String item : spec.split(",", -1)) {
            String text = item.strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException(key.path() + "=" + spec + ": an empty value in the list");
            }
            if (!seen.add(text)) {
                throw new IllegalArgumentException(key.path() + "=" + spec + ": " + text + " is listed twice");
            }
            texts.add(text);
        }
        if (texts.size() > MAX_POINTS) {
            throw new IllegalArgumentException(key.path() + "=" + spec + ": at most " + MAX_POINTS
                    + " values per key, was " + texts.size());
        }
        List<Double> numbers = new ArrayList<>();
        for (String text : texts) {
            OptionalDouble number = number(text);
            if (number.isEmpty()) {
                return new SweepAxis(key, spec, texts, List.of(), false);
            }
            numbers.add(number.getAsDouble());
        }
        if (numbers.stream().distinct().count() < numbers.size()) {
            throw new IllegalArgumentException(key.path() + "=" + spec + ": a number is listed twice");
        }
        double low = numbers.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = numbers.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new SweepAxis(key, spec, texts, numbers, low > 0 && high / low >= LOG_SPAN);
    }

    private static int points(String where, String text) {
        OptionalDouble value = number(text);
        if (value.isEmpty() || value.getAsDouble() != Math.rint(value.getAsDouble())) {
            throw new IllegalArgumentException(where + ": the number of points must be a whole number, was '"
                    + text.strip() + "'");
        }
        double points = value.getAsDouble();
        if (points < 2) {
            throw new IllegalArgumentException(where + ": a range needs at least 2 points, was "
                    + NumberText.exact(points) + (points == 1 ? "; for one value write it alone" : ""));
        }
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException(where + ": at most " + MAX_POINTS + " points per key, was "
                    + NumberText.exact(points));
        }
        return (int) points;
    }

    private static boolean spacing(String where, String text) {
        return switch (text.strip()) {
            case "log" -> true;
            case "lin" -> false;
            default -> throw new IllegalArgumentException(where + ": the spacing must be log or lin, was '"
                    + text.strip() + "'");
        };
    }

    private static IllegalArgumentException notNumber(String where, String text) {
        return new IllegalArgumentException(where + ": '" + text.strip() + "' is not a finite number");
    }

    /** A finite number as a scenario file writes it (underscores allowed between digits), if it is one. */
    static OptionalDouble number(String text) {
        String plain = text.strip().replace("_", "");
        if (plain.isEmpty() || plain.matches("(?i).*(nan|infinity).*") || plain.endsWith("d") || plain.endsWith("f")
                || plain.endsWith("D") || plain.endsWith("F")) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(plain);
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
