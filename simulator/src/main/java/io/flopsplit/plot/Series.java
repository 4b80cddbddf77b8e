package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import java.util.List;

/**
 * A named line of points (x, y), optionally with a band [low, high] around y at every x (a
 * confidence interval, drawn shaded). Values are finite; the lists have equal lengths.
 *
 * @param name the name the legend shows
 * @param x the abscissae
 * @param y the ordinates
 * @param low the band's lower edge at each x, or empty for no band
 * @param high the band's upper edge at each x, or empty for no band
 */
public record Series(String name, List<Double> x, List<Double> y, List<Double> low, List<Double> high) {

    public Series {
        Checks.present("name", name);
        x = finite(name + ".x", x);
        y = finite(name + ".y", y);
        low = finite(name + ".low", low);
        high = finite(name + ".high", high);
        if (x.isEmpty() || x.size() != y.size()) {
            throw new IllegalArgumentException(name + ": needs as many y as x values and at least one, was "
                    + x.size() + " x and " + y.size() + " y");
        }
        if (low.size() != high.size() || !(low.isEmpty() || low.size() == x.size())) {
            throw new IllegalArgumentException(name + ": a band needs one low and one high per x, was "
                    + low.size() + " low and " + high.size() + " high for " + x.size() + " x");
        }
        for (int i = 0; i < low.size(); i++) {
            if (low.get(i) > high.get(i)) {
                throw new IllegalArgumentException(name + ".low: must be <= high at point " + i + ", was "
                        + Checks.show(low.get(i)) + " > " + Checks.show(high.get(i)));
            }
        }
    }

    /** A line without a band. */
    public static Series of(String name, List<Double> x, List<Double> y) {
        return new Series(name, x, y, List.of(), List.of());
    }

    /** A line with a band [low, high] at every x. */
    public static Series withBand(String name, List<Double> x, List<Double> y, List<Double> low, List<Double> high) {
        return new Series(name, x, y, low, high);
    }

    /** Whether the series carries a band. */
    public boolean hasBand() {
        return !low.isEmpty();
    }

    /** The number of points. */
    public int size() {
        return x.size();
    }

    private static List<Double> finite(String name, List<Double> values) {
        Checks.present(name, values);
        for (int i = 0; i < values.size(); i++) {
            Checks.present(name + "[" + i + "]", values.get(i));
            Checks.finite(name + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }
}
