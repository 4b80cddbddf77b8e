package io.flopsplit.plot;

import io.flopsplit.compute.NumberText;
import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * The look every chart shares, applied to XChart's stylers: white background, light grid, one font
 * family and size for axis titles and ticks, no XChart title or legend (the figure draws its own, as
 * text, so that SVG files keep their words), decade labels on log axes and plain numbers on linear
 * ones.
 */
final class ChartStyle {

    static final String FONT_FAMILY = Font.SANS_SERIF;
    static final Font AXIS_TITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final int MARKER_SIZE = 8;
    static final float LINE_WIDTH = 2f;
    static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    private static final int LINEAR_TICK_DIGITS = 6;

    private ChartStyle() {
    }

    /** Applies the shared look to a chart's styler. */
    static void apply(AxesChartStyler styler) {
        styler.setLegendVisible(false);
        styler.setChartTitleVisible(false);
        styler.setChartBackgroundColor(Palette.BACKGROUND);
        styler.setPlotBackgroundColor(Palette.BACKGROUND);
        styler.setPlotBorderColor(Palette.BORDER);
        styler.setPlotGridLinesColor(Palette.GRID);
        styler.setChartFontColor(Palette.TEXT);
        styler.setAxisTickLabelsColor(Palette.TEXT);
        styler.setAxisTitleFont(AXIS_TITLE_FONT);
        styler.setAxisTickLabelsFont(TICK_FONT);
        styler.setChartPadding(6);
        styler.setMarkerSize(MARKER_SIZE);
        styler.setLocale(Locale.ROOT);
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
        styler.setPlotContentSize(0.94);
    }

    /** The tick label formatter of an axis; log axes record their labels in {@code recorded}. */
    static Function<Double, String> ticks(Axis axis, List<String> recorded) {
        if (axis.log()) {
            return value -> {
                String label = DecadeTicks.label(value);
                recorded.add(label);
                return label;
            };
        }
        return value -> NumberText.significant(value, LINEAR_TICK_DIGITS);
    }

    /**
     * Makes the x axis logarithmic, labelled at decades only. XChart draws a grid line at every tick,
     * minor ones included, which clutters a log axis; its grid lines are left out.
     */
    static void logarithmicX(AxesChartStyler styler) {
        styler.setXAxisLogarithmic(true);
        styler.setXAxisLogarithmicDecadeOnly(true);
        styler.setPlotGridVerticalLinesVisible(false);
    }

    /** Makes the y axis logarithmic, labelled at decades only, without grid lines (see {@link #logarithmicX}). */
    static void logarithmicY(AxesChartStyler styler) {
        styler.setYAxisLogarithmic(true);
        styler.setYAxisLogarithmicDecadeOnly(true);
        styler.setPlotGridHorizontalLinesVisible(false);
    }
}
