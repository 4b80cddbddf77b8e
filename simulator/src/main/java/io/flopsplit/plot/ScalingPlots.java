package io.flopsplit.plot;

import io.flopsplit.compute.NumberText;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of the loss laws: iso-FLOP curves (loss against model size at fixed training compute, one
 * curve per budget, the optimum marked — Hoffmann et al. 2022, Fig. 3) and the compute-optimal
 * frontier (optimal N and D against C, one line per law — Fig. 1 and Table 3 of the same paper).
 */
public final class ScalingPlots {

    static final Axis PARAMS = Axis.log("model size N (parameters)");
    static final Axis LOSS = Axis.linear("pretraining loss (nats/token)");
    static final Axis BUDGET = Axis.log("training compute C (FLOPs)");
    static final String OPTIMUM = "compute-optimal N";

    private ScalingPlots() {
    }

    /**
     * Iso-FLOP curves, coloured from small to large budget, each optimum marked; {@code highlighted}
     * points (a model the user asked about) are drawn on top.
     */
    public static Figure isoFlop(String title, List<IsoFlopCurve> curves, List<Series> highlighted, String caption) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("curves: an iso-FLOP figure needs at least one budget");
        }
        FigureBuilder figure = new FigureBuilder(title, caption);
        XyPanel panel = figure.xy("", PARAMS, LOSS);
        List<IsoFlopCurve> ordered = new ArrayList<>(curves);
        ordered.sort(Comparator.comparingDouble(IsoFlopCurve::budgetFlops));
        List<Double> optimumParams = new ArrayList<>();
        List<Double> optimumLoss = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            IsoFlopCurve curve = ordered.get(i);
            panel.line(curve.curve(), Palette.sequential(i, ordered.size()));
            optimumParams.add(curve.optimumParams());
            optimumLoss.add(curve.optimumLoss());
        }
        panel.points(OPTIMUM, optimumParams, optimumLoss, SeriesMarkers.DIAMOND, Palette.TEXT);
        for (int i = 0; i < highlighted.size(); i++) {
            Series point = highlighted.get(i);
            panel.points(point.name(), point.x(), point.y(), SeriesMarkers.SQUARE, Palette.categorical(1 + i));
        }
        return figure.add(panel.build()).build();
    }

    /** The compute-optimal N and D against C, one line per law, as two panels. */
    public static Figure frontier(String title, List<FrontierLine> lines, String caption) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines: a frontier figure needs at least one law");
        }
        FigureBuilder figure = new FigureBuilder(title, caption);
        XyPanel params = figure.xy("optimal model size", BUDGET, PARAMS);
        XyPanel tokens = figure.xy("optimal training tokens", BUDGET, Axis.log("training tokens D"));
        for (FrontierLine line : lines) {
            Color color = figure.colour(line.law());
            params.line(Series.of(line.law(), line.budgets(), line.params()), color);
            tokens.line(Series.of(line.law(), line.budgets(), line.tokens()), color);
        }
        return figure.add(params.build()).add(tokens.build()).build();
    }

    /** The legend name of a budget's curve: {@code C = 1e+21 FLOPs} written {@code C = 1e21 FLOPs}. */
    public static String budgetName(double budgetFlops) {
        return "C = " + NumberText.significant(budgetFlops, 3) + " FLOPs";
    }
}
