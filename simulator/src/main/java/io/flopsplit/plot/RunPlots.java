package io.flopsplit.plot;

import io.flopsplit.compute.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of one Monte Carlo comparison of policies: a forest plot (each policy's metric with its
 * interval, and beside it the paired difference from the baseline with its interval and a line at
 * zero), and stacked bars of how each policy split the budget between phases.
 */
public final class RunPlots {

    static final String INTERVAL = "95% interval";
    static final String NO_DIFFERENCE = "no difference";
    /** Vertical space per policy row in a forest plot. */
    static final int ROW_PIXELS = 34;
    private static final int FOREST_FRAME_PIXELS = 110;

    private RunPlots() {
    }

    /**
     * The forest plot. {@code estimates} hold one row per policy, top to bottom; {@code differences}
     * hold the paired difference of every other policy from {@code baseline}, labelled by policy.
     */
    public static Figure forest(String title, Axis metric, List<Estimate> estimates, String baseline,
                                List<Estimate> differences, String caption) {
        if (estimates.isEmpty()) {
            throw new IllegalArgumentException("estimates: a forest plot needs at least one policy");
        }
        List<String> rows = new ArrayList<>();
        estimates.forEach(estimate -> rows.add(estimate.label()));
        for (Estimate difference : differences) {
            if (!rows.contains(difference.label())) {
                throw new IllegalArgumentException("differences: " + difference.label() + " has no estimate");
            }
        }
        List<String> labels = new ArrayList<>(rows);
        Collections.reverse(labels);
        FigureBuilder figure = new FigureBuilder(title, caption)
                .panelHeight(FOREST_FRAME_PIXELS + ROW_PIXELS * rows.size());
        figure.add(intervals(figure, metric.title(), metric, estimates, rows, labels).build());
        Checks.present("baseline", baseline);
        Axis differenceAxis = Axis.linear("Δ " + metric.title());
        XyPanel paired = intervals(figure, "paired difference from " + baseline, differenceAxis, differences, rows,
                labels);
        paired.segments(NO_DIFFERENCE, List.of(0.0, 0.0), List.of(0.0, rows.size() - 1.0), Palette.BORDER, true);
        return figure.add(paired.build()).build();
    }

    /**
     * Stacked bars: for each policy, the share of the budget each phase spent. {@code phases} hold
     * one value per policy, in FLOPs; {@code budgetFlops} is the whole budget.
     */
    public static Figure phaseSplit(String title, List<String> policies, List<Bars> phases, double budgetFlops,
                                    String caption) {
        Checks.positive("budgetFlops", budgetFlops);
        FigureBuilder figure = new FigureBuilder(title, caption);
        BarPanel panel = figure.bars("", "policy", policies, Axis.linear("share of the budget (fraction of FLOPs)"),
                true);
        for (Bars phase : phases) {
            List<Double> shares = phase.values().stream().map(flops -> flops / budgetFlops).toList();
            panel.bars(new Bars(phase.name(), shares));
        }
        return figure.add(panel.build()).build();
    }

    private static XyPanel intervals(FigureBuilder figure, String heading, Axis axis, List<Estimate> estimates,
                                     List<String> rows, List<String> labels) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Double> whiskerX = new ArrayList<>();
        List<Double> whiskerY = new ArrayList<>();
        for (Estimate estimate : estimates) {
            double row = rows.size() - 1 - rows.indexOf(estimate.label());
            xs.add(estimate.value());
            ys.add(row);
            whiskerX.addAll(List.of(estimate.low(), estimate.high(), Double.NaN));
            whiskerY.addAll(List.of(row, row, Double.NaN));
        }
        XyPanel panel = figure.xy(heading, axis, Axis.linear("policy")).yCategories(labels, ROW_PIXELS);
        if (!estimates.isEmpty()) {
            panel.segments(INTERVAL, whiskerX, whiskerY, Palette.categorical(0), false);
            panel.points("estimate", xs, ys, SeriesMarkers.CIRCLE, Palette.TEXT);
        }
        return panel;
    }
}
