package io.flopsplit.plot;

import java.util.List;

/**
 * Test-time scaling: the accuracy each strategy reaches against the FLOPs it spends per query, one
 * line per strategy on a log FLOPs axis (the presentation of Snell et al. 2024, Fig. 1, and Brown et
 * al. 2024's coverage curves).
 */
public final class TestTimePlot {

    static final Axis FLOPS_PER_QUERY = Axis.log("FLOPs per query");
    static final Axis ACCURACY = Axis.linear("accuracy (fraction of problems solved)");

    private TestTimePlot() {
    }

    /** One line per strategy: x FLOPs per query, y accuracy in [0, 1]. */
    public static Figure accuracy(String title, List<Series> strategies, String caption) {
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("strategies: a test-time figure needs at least one strategy");
        }
        FigureBuilder figure = new FigureBuilder(title, caption);
        XyPanel panel = figure.xy("", FLOPS_PER_QUERY, ACCURACY).yRange(0, 1);
        strategies.forEach(panel::line);
        return figure.add(panel.build()).build();
    }
}
