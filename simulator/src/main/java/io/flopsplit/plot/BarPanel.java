package io.flopsplit.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Builds one bar chart of a figure: categories along x, one set of {@link Bars} per series, grouped
 * side by side or stacked. Bars are coloured and listed in the figure's legend by name.
 */
final class BarPanel {

    /** Category labels longer than this many characters, in total, are drawn slanted. */
    private static final int SLANT_ABOVE_CHARACTERS = 60;
    private static final int CATEGORY_SPACING_HINT = 12;

    private final FigureBuilder figure;
    private final String heading;
    private final List<String> categories;
    private final CategoryChart chart;
    private final List<String> tickLabels = Collections.synchronizedList(new ArrayList<>());

    BarPanel(FigureBuilder figure, String heading, String categoryTitle, List<String> categories, Axis yAxis,
             boolean stacked) {
        if (yAxis.log()) {
            throw new IllegalArgumentException(yAxis.title() + ": bars need a linear axis");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException(heading + ": bars need at least one category");
        }
        this.figure = figure;
        this.heading = heading;
        this.categories = List.copyOf(categories);
        this.chart = new CategoryChart(Layout.MIN_PANEL_WIDTH, Layout.PANEL_HEIGHT);
        chart.setXAxisTitle(categoryTitle);
        chart.setYAxisTitle(yAxis.title());
        CategoryStyler styler = chart.getStyler();
        ChartStyle.apply(styler);
        styler.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        styler.setStacked(stacked);
        styler.setAvailableSpaceFill(stacked ? 0.6 : 0.8);
        styler.setPlotGridVerticalLinesVisible(false);
        // XChart skips category labels closer than its spacing hint; every category must be named.
        styler.setXAxisTickMarkSpacingHint(CATEGORY_SPACING_HINT);
        styler.setyAxisTickLabelsFormattingFunction(ChartStyle.ticks(yAxis, tickLabels));
        int characters = categories.stream().mapToInt(String::length).sum();
        if (characters > SLANT_ABOVE_CHARACTERS) {
            styler.setXAxisLabelRotation(30);
        }
    }

    /** One value per category, in the category order, coloured by name. */
    BarPanel bars(Bars bars) {
        return bars(bars, figure.colour(bars.name()));
    }

    /** One value per category in a given colour. */
    BarPanel bars(Bars bars, Color color) {
        if (bars.values().size() != categories.size()) {
            throw new IllegalArgumentException(bars.name() + ": needs one value per category (" + categories.size()
                    + "), was " + bars.values().size());
        }
        CategorySeries series = chart.addSeries(bars.name(), categories, bars.values());
        series.setFillColor(color);
        series.setLineColor(color);
        figure.legend(bars.name(), color, LegendEntry.Swatch.BLOCK);
        return this;
    }

    /** Fixes the range of the value axis. */
    BarPanel yRange(double min, double max) {
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        return this;
    }

    /** Finishes the panel. */
    Panel build() {
        return new Panel(heading, chart, tickLabels, List.of());
    }
}
