package io.flopsplit.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A law fitted to a user's own runs, judged by eye: the runs (loss against model size), coloured by
 * their training compute, against the fitted law's iso-FLOP curves in the same colours (the
 * presentation of Hoffmann et al. 2022, Fig. 3, and Besiroglu et al. 2024, Fig. 2).
 */
public final class FitPlot {

    private FitPlot() {
    }

    /** Runs as points and fitted curves as lines, one colour per training budget, small to large. */
    public static Figure isoFlop(String title, List<FitGroup> groups, String caption) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("groups: a fit figure needs at least one budget");
        }
        List<FitGroup> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.comparingDouble(FitGroup::budgetFlops));
        FigureBuilder figure = new FigureBuilder(title, caption);
        XyPanel panel = figure.xy("", ScalingPlots.PARAMS, ScalingPlots.LOSS);
        for (int i = 0; i < ordered.size(); i++) {
            FitGroup group = ordered.get(i);
            Color color = Palette.sequential(i, ordered.size());
            panel.points(group.observed().name(), group.observed().x(), group.observed().y(), SeriesMarkers.CIRCLE,
                    color);
            panel.line(group.fitted(), color);
        }
        return figure.add(panel.build()).build();
    }
}
