package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.NumberText;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of a sweep. Over one varied key: each policy's metric against the key, its interval
 * shaded. Over two keys: a map of the best policy in each cell, and a heat map of the paired
 * difference between two policies (nine diverging classes, white around zero) with its zero
 * contour — where the two policies break even.
 */
public final class SweepPlots {

    static final String BREAK_EVEN = "zero difference (marching squares)";
    private static final double CELL_FILL = 0.9;

    private SweepPlots() {
    }

    /** Each policy's metric against the varied key, with its interval as a band. */
    public static Figure oneKey(String title, Axis key, Axis metric, List<Series> policies, String caption) {
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("policies: a sweep figure needs at least one policy");
        }
        FigureBuilder figure = new FigureBuilder(title, caption);
        XyPanel panel = figure.xy("", key, metric);
        policies.forEach(panel::line);
        return figure.add(panel.build()).build();
    }

    /**
     * The best policy in each cell; {@code best.get(i).get(j)} names the winner at (xs[i], ys[j]).
     * Each policy takes the colour of its place in {@code policies}, whether or not it wins anywhere.
     */
    public static Figure bestPolicy(String title, Grid grid, List<String> policies, List<List<String>> best,
                                    String caption) {
        check(grid, best.size(), best.stream().mapToInt(List::size).toArray());
        FigureBuilder figure = new FigureBuilder(title, caption);
        XyPanel panel = figure.xy("", grid.x(), grid.y()).markerSize(cellPixels(grid, 1));
        policies.forEach(figure::colour);
        for (String policy : policies) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < grid.xs().size(); i++) {
                for (int j = 0; j < grid.ys().size(); j++) {
                    if (policy.equals(best.get(i).get(j))) {
                        xs.add(grid.xs().get(i));
                        ys.add(grid.ys().get(j));
                    }
                }
            }
            if (!xs.isEmpty()) {
                panel.points(policy, xs, ys, SeriesMarkers.SQUARE, figure.colour(policy));
            }
        }
        return figure.add(panel.build()).build();
    }

    /**
     * The paired difference {@code difference[i][j]} = metric(a) − metric(b) at (xs[i], ys[j]) as a
     * heat map in nine classes symmetric around zero, with the zero contour drawn as a line.
     */
    public static Figure contrast(String title, Grid grid, double[][] difference, String a, String b,
                                  String caption) {
        check(grid, difference.length, java.util.Arrays.stream(difference).mapToInt(row -> row.length).toArray());
        double largest = 0;
        for (double[] row : difference) {
            for (double value : row) {
                largest = Math.max(largest, Math.abs(Checks.finite("difference", value)));
            }
        }
        FigureBuilder figure = new FigureBuilder(title, caption);
        XyPanel panel = figure.xy(a + " − " + b, grid.x(), grid.y()).markerSize(cellPixels(grid, 1));
        int classes = Palette.DIVERGING.size();
        for (int level = 0; level < classes; level++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < grid.xs().size(); i++) {
                for (int j = 0; j < grid.ys().size(); j++) {
                    if (level(difference[i][j], largest, classes) == level) {
                        xs.add(grid.xs().get(i));
                        ys.add(grid.ys().get(j));
                    }
                }
            }
            if (!xs.isEmpty()) {
                panel.points(levelName(level, largest, classes), xs, ys, SeriesMarkers.SQUARE,
                        Palette.DIVERGING.get(level));
            }
        }
        contour(panel, grid, difference);
        return figure.add(panel.build()).build();
    }

    private static void contour(XyPanel panel, Grid grid, double[][] difference) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (List<ZeroContour.Point> piece : ZeroContour.of(grid.xCoordinates(), grid.yCoordinates(), difference)) {
            if (!xs.isEmpty()) {
                xs.add(Double.NaN);
                ys.add(Double.NaN);
            }
            for (ZeroContour.Point point : piece) {
                xs.add(Grid.value(grid.x(), point.u()));
                ys.add(Grid.value(grid.y(), point.v()));
            }
        }
        if (!xs.isEmpty()) {
            panel.segments(BREAK_EVEN, xs, ys, Palette.TEXT, false);
        }
    }

    /** The class of {@code value} among {@code classes} equal classes of [−largest, largest]. */
    static int level(double value, double largest, int classes) {
        if (largest == 0) {
            return classes / 2;
        }
        int level = (int) Math.floor((value + largest) / (2 * largest) * classes);
        return Math.max(0, Math.min(classes - 1, level));
    }

    private static String levelName(int level, double largest, int classes) {
        double width = 2 * largest / classes;
        double low = -largest + level * width;
        return NumberText.significant(low, 2) + " to " + NumberText.significant(low + width, 2);
    }

    /** Side of a square cell in pixels, so that cells of an evenly spaced grid nearly tile the plot. */
    private static int cellPixels(Grid grid, int panels) {
        double plotWidth = ((Layout.WIDTH - 2.0 * Layout.MARGIN - Layout.LEGEND_WIDTH) / panels - 110) * 0.94;
        double plotHeight = (Layout.PANEL_HEIGHT - 90) * 0.94;
        double width = plotWidth * step(grid.xCoordinates()) / span(grid.x(), grid.xs());
        double height = plotHeight * step(grid.yCoordinates()) / span(grid.y(), grid.ys());
        return (int) Math.max(4, Math.floor(CELL_FILL * Math.min(width, height)));
    }

    private static double step(double[] coordinates) {
        double step = Double.POSITIVE_INFINITY;
        for (int i = 1; i < coordinates.length; i++) {
            step = Math.min(step, coordinates[i] - coordinates[i - 1]);
        }
        return step;
    }

    private static double span(Axis axis, List<Double> values) {
        double first = values.get(0);
        double last = values.get(values.size() - 1);
        if (axis.log()) {
            double[] range = DecadeTicks.range(first, last);
            return Math.log10(range[1]) - Math.log10(range[0]);
        }
        return (last - first) * (1 + 1.0 / (values.size() - 1));
    }

    private static void check(Grid grid, int rows, int[] columns) {
        if (rows != grid.xs().size()) {
            throw new IllegalArgumentException("values: need one row per x value (" + grid.xs().size() + "), was "
                    + rows);
        }
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] != grid.ys().size()) {
                throw new IllegalArgumentException("values[" + i + "]: need one value per y value ("
                        + grid.ys().size() + "), was " + columns[i]);
            }
        }
    }
}
