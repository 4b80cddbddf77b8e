package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import java.util.List;

/**
 * The cells of a sweep over two varied keys: values of the first key along x, of the second along y,
 * each strictly increasing (and > 0 on a log axis). Cell (i, j) sits at (xs[i], ys[j]).
 *
 * @param x the first key's axis
 * @param xs its values
 * @param y the second key's axis
 * @param ys its values
 */
public record Grid(Axis x, List<Double> xs, Axis y, List<Double> ys) {

    public Grid {
        Checks.present("x", x);
        Checks.present("y", y);
        xs = increasing(x, "xs", xs);
        ys = increasing(y, "ys", ys);
    }

    /** Coordinates along x in which the grid is drawn evenly: log10 on a log axis. */
    double[] xCoordinates() {
        return coordinates(x, xs);
    }

    /** Coordinates along y in which the grid is drawn evenly: log10 on a log axis. */
    double[] yCoordinates() {
        return coordinates(y, ys);
    }

    /** Back from a drawing coordinate to the axis' value. */
    static double value(Axis axis, double coordinate) {
        return axis.log() ? Math.pow(10, coordinate) : coordinate;
    }

    private static double[] coordinates(Axis axis, List<Double> values) {
        return values.stream().mapToDouble(v -> axis.log() ? Math.log10(v) : v).toArray();
    }

    private static List<Double> increasing(Axis axis, String name, List<Double> values) {
        Checks.present(name, values);
        if (values.size() < 2) {
            throw new IllegalArgumentException(name + ": a grid needs at least two values per key, was "
                    + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            axis.check(name + "[" + i + "]", Checks.present(name + "[" + i + "]", values.get(i)));
            if (i > 0 && values.get(i) <= values.get(i - 1)) {
                throw new IllegalArgumentException(name + ": must increase, was " + Checks.show(values.get(i - 1))
                        + " then " + Checks.show(values.get(i)));
            }
        }
        return List.copyOf(values);
    }
}
