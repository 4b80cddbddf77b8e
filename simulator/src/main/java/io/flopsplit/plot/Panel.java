package io.flopsplit.plot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a figure, drawn by XChart into its share of the canvas, with an optional heading
 * above it (e.g. "R = 10" for one inference ratio). It records the tick labels XChart asked for
 * while painting (log axes, category axes), so that tests can check what the axes actually showed.
 */
final class Panel {

    private final String heading;
    private final Chart<?, ?> chart;
    private final List<String> tickLabels;
    private final List<String> categoryLabels;

    Panel(String heading, Chart<?, ?> chart, List<String> tickLabels, List<String> categoryLabels) {
        this.heading = heading;
        this.chart = chart;
        this.tickLabels = tickLabels;
        this.categoryLabels = categoryLabels;
    }

    /** The heading drawn above the chart, or empty for none. */
    String heading() {
        return heading;
    }

    Chart<?, ?> chart() {
        return chart;
    }

    /** The labels of the log-axis ticks drawn so far (every paint appends). */
    List<String> logTickLabels() {
        return copy(tickLabels);
    }

    /** The labels of a category axis (a forest plot's rows) drawn so far. */
    List<String> categoryLabels() {
        return copy(categoryLabels);
    }

    private static List<String> copy(List<String> labels) {
        synchronized (labels) {
            return Collections.unmodifiableList(new ArrayList<>(labels));
        }
    }
}
