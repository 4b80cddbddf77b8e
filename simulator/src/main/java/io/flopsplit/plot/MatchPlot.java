package io.flopsplit.plot;

import java.util.List;

/**
 * The FLOPs-matched comparison of Snell et al. 2024 (arXiv 2408.03314, §7, Fig. 9): grouped bars of
 * accuracy by difficulty bin, the small model with each strategy beside the larger model, one panel
 * per inference ratio R.
 */
public final class MatchPlot {

    private MatchPlot() {
    }

    /** One panel per R, side by side; a contender keeps its colour across panels. */
    public static Figure byDifficulty(String title, List<MatchPanel> panels, String caption) {
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("panels: a match figure needs at least one inference ratio");
        }
        FigureBuilder figure = new FigureBuilder(title, caption);
        for (MatchPanel match : panels) {
            BarPanel panel = figure.bars(match.heading(), "difficulty bin (1 = easiest quintile)", match.bins(),
                    TestTimePlot.ACCURACY, false).yRange(0, 1);
            match.bars().forEach(panel::bars);
            figure.add(panel.build());
        }
        return figure.build();
    }
}
