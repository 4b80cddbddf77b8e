package io.flopsplit.plot;

import io.flopsplit.compute.Checks;

/**
 * One axis of a figure: its title, which names the quantity and its unit ("training compute C
 * (FLOPs)"), and whether it is logarithmic. Log axes are labelled at decades only.
 *
 * @param title the quantity and its unit
 * @param log whether the axis is logarithmic (every value on it must then be > 0)
 */
public record Axis(String title, boolean log) {

    public Axis {
        Checks.present("title", title);
        if (title.isBlank()) {
            throw new IllegalArgumentException("title: must not be blank");
        }
    }

    /** A linear axis. */
    public static Axis linear(String title) {
        return new Axis(title, false);
    }

    /** A logarithmic axis, labelled at decades. */
    public static Axis log(String title) {
        return new Axis(title, true);
    }

    /** Checks that {@code value} can be drawn on this axis: finite, and > 0 on a log axis. */
    double check(String name, double value) {
        return log ? Checks.positive(name, value) : Checks.finite(name, value);
    }
}
