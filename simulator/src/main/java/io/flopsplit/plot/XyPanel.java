package io.flopsplit.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds one XY chart of a figure: lines, confidence bands, points and free segments (intervals,
 * contours; NaN separates pieces), each coloured and listed in the figure's legend by name. It
 * tracks the data's extent so that log axes can be widened to whole decades, and can label an axis
 * by category (row i of a forest plot is the label at y = i).
 */
final class XyPanel {

    private final FigureBuilder figure;
    private final String heading;
    private final Axis xAxis;
    private final Axis yAxis;
    private final XYChart chart;
    private final List<String> tickLabels = Collections.synchronizedList(new ArrayList<>());
    private final List<String> categoryLabels = Collections.synchronizedList(new ArrayList<>());
    private final double[] xExtent = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private final double[] yExtent = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private int seriesCount;

    XyPanel(FigureBuilder figure, String heading, Axis xAxis, Axis yAxis) {
        this.figure = figure;
        this.heading = heading;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.chart = new XYChart(Layout.MIN_PANEL_WIDTH, Layout.PANEL_HEIGHT);
        chart.setXAxisTitle(xAxis.title());
        chart.setYAxisTitle(yAxis.title());
        XYStyler styler = chart.getStyler();
        ChartStyle.apply(styler);
        styler.setxAxisTickLabelsFormattingFunction(ChartStyle.ticks(xAxis, tickLabels));
        styler.setyAxisTickLabelsFormattingFunction(ChartStyle.ticks(yAxis, tickLabels));
        if (xAxis.log()) {
            ChartStyle.logarithmicX(styler);
        }
        if (yAxis.log()) {
            ChartStyle.logarithmicY(styler);
        }
    }

    /** A line with a marker at each point, its band (if any) shaded behind it. */
    XyPanel line(Series series) {
        return line(series, figure.colour(series.name()));
    }

    /** A line in a given colour. */
    XyPanel line(Series series, Color color) {
        if (series.hasBand()) {
            band(series, color);
        }
        XYSeries line = add(series.name(), series.x(), series.y(), XYSeriesRenderStyle.Line);
        line.setLineColor(color);
        line.setMarkerColor(color);
        line.setLineWidth(ChartStyle.LINE_WIDTH);
        line.setMarker(series.size() > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        figure.legend(series.name(), color, LegendEntry.Swatch.LINE);
        return this;
    }

    /** Points without lines, drawn with {@code marker}. */
    XyPanel points(String name, List<Double> xs, List<Double> ys, Marker marker, Color color) {
        XYSeries points = add(name, xs, ys, XYSeriesRenderStyle.Scatter);
        points.setMarker(marker);
        points.setMarkerColor(color);
        figure.legend(name, color, marker == SeriesMarkers.SQUARE ? LegendEntry.Swatch.BLOCK
                : LegendEntry.Swatch.MARKER);
        return this;
    }

    /** Line pieces separated by NaN: interval whiskers, reference lines, contours. */
    XyPanel segments(String name, List<Double> xs, List<Double> ys, Color color, boolean dashed) {
        XYSeries segments = add(name, xs, ys, XYSeriesRenderStyle.Line);
        segments.setMarker(SeriesMarkers.NONE);
        segments.setLineColor(color);
        segments.setLineWidth(ChartStyle.LINE_WIDTH);
        if (dashed) {
            segments.setLineStyle(ChartStyle.DASHED);
        }
        figure.legend(name, color, dashed ? LegendEntry.Swatch.DASHED_LINE : LegendEntry.Swatch.LINE);
        return this;
    }

    /**
     * Labels the y axis by category: row i is drawn at y = i and labelled {@code labels.get(i)}. The
     * axis keeps XChart's own range (the rows' span): with a range set by hand, XChart 4.0.3 places
     * ticks only at its ends.
     */
    XyPanel yCategories(List<String> labels, int rowPixels) {
        XYStyler styler = chart.getStyler();
        styler.setYAxisTickMarkSpacingHint(Math.max(16, rowPixels - 6));
        styler.setyAxisTickLabelsFormattingFunction(value -> {
            String label = categoryLabel(labels, value);
            categoryLabels.add(label);
            return label;
        });
        styler.setPlotGridHorizontalLinesVisible(false);
        return this;
    }

    /** Fixes the range of a linear y axis. */
    XyPanel yRange(double min, double max) {
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        return this;
    }

    /** Marker size for every point series of the panel (cells of a map are squares of this size). */
    XyPanel markerSize(int pixels) {
        chart.getStyler().setMarkerSize(pixels);
        return this;
    }

    /** Finishes the panel: log axes are widened to whole decades around the data. */
    Panel build() {
        XYStyler styler = chart.getStyler();
        if (xAxis.log() && xExtent[0] <= xExtent[1]) {
            double[] range = DecadeTicks.range(xExtent[0], xExtent[1]);
            styler.setXAxisMin(range[0]);
            styler.setXAxisMax(range[1]);
        }
        if (yAxis.log() && yExtent[0] <= yExtent[1]) {
            double[] range = DecadeTicks.range(yExtent[0], yExtent[1]);
            styler.setYAxisMin(range[0]);
            styler.setYAxisMax(range[1]);
        }
        return new Panel(heading, chart, tickLabels, categoryLabels);
    }

    private void band(Series series, Color color) {
        List<Double> xs = new ArrayList<>(series.x());
        List<Double> ys = new ArrayList<>(series.low());
        for (int i = series.size() - 1; i >= 0; i--) {
            xs.add(series.x().get(i));
            ys.add(series.high().get(i));
        }
        XYSeries band = add(series.name() + " interval", xs, ys, XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(Palette.translucent(color));
        band.setLineColor(Palette.translucent(color));
        band.setMarker(SeriesMarkers.NONE);
    }

    private XYSeries add(String name, List<Double> xs, List<Double> ys, XYSeriesRenderStyle style) {
        track(xExtent, xAxis, name + ".x", xs);
        track(yExtent, yAxis, name + ".y", ys);
        XYSeries series = chart.addSeries("series " + (++seriesCount) + ": " + name, xs, ys);
        series.setXYSeriesRenderStyle(style);
        return series;
    }

    private static void track(double[] extent, Axis axis, String name, List<Double> values) {
        for (double value : values) {
            if (Double.isNaN(value)) {
                continue;
            }
            axis.check(name, value);
            extent[0] = Math.min(extent[0], value);
            extent[1] = Math.max(extent[1], value);
        }
    }

    private static String categoryLabel(List<String> labels, double value) {
        long index = Math.round(value);
        boolean onRow = Math.abs(value - index) < 1e-9 && index >= 0 && index < labels.size();
        return onRow ? labels.get((int) index) : " ";
    }
}
