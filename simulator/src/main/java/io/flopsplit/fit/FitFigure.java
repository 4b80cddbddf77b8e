package io.flopsplit.fit;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.plot.Figure;
import io.flopsplit.plot.FitGroup;
import io.flopsplit.plot.FitPlot;
import io.flopsplit.plot.ScalingPlots;
import io.flopsplit.plot.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs of a fit against the fitted law's iso-FLOP curves (loss against model size at a fixed
 * training compute C = 6ND), one colour per budget. Runs are rarely trained on iso-FLOP lines, so
 * they are grouped by the nearest decade of C and each is moved to its group's budget along the
 * fitted law at its own model size, L_run · L_fit(N, C/(6N)) / L_fit(N, D_run): a point's distance
 * from its curve is exactly its own residual in log-loss, its place along the curve the fit's.
 */
public final class FitFigure {

    private static final ComputeConvention CONVENTION = RunsFile.CONVENTION;
    /** Points on each fitted curve, log-spaced over half the smallest to twice the largest run's size. */
    private static final int CURVE_POINTS = 41;

    private FitFigure() {
    }

    /** The figure of {@code runs} against {@code law}, titled {@code title}, under {@code caption}. */
    public static Figure of(List<Run> runs, ChinchillaLaw law, String title, String caption) {
        return FitPlot.isoFlop(title, groups(runs, law), caption);
    }

    /** The runs grouped by the nearest decade of their training compute, with the fitted curve of each. */
    public static List<FitGroup> groups(List<Run> runs, ChinchillaLaw law) {
        Map<Long, List<Run>> byDecade = new TreeMap<>();
        for (Run run : runs) {
            long decade = Math.round(Math.log10(CONVENTION.trainingFlops(run.params(), run.tokens())));
            byDecade.computeIfAbsent(decade, d -> new ArrayList<>()).add(run);
        }
        List<FitGroup> groups = new ArrayList<>();
        byDecade.forEach((decade, group) -> groups.add(group(Math.pow(10, decade), group, law)));
        return groups;
    }

    private static FitGroup group(double budget, List<Run> runs, ChinchillaLaw law) {
        List<Double> params = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        for (Run run : runs) {
            params.add(run.params());
            losses.add(run.loss() * law.loss(run.params(), tokensAt(budget, run.params()))
                    / law.loss(run.params(), run.tokens()));
        }
        double smallest = params.stream().mapToDouble(Double::doubleValue).min().orElseThrow() / 2;
        double largest = params.stream().mapToDouble(Double::doubleValue).max().orElseThrow() * 2;
        List<Double> curveParams = new ArrayList<>();
        List<Double> curveLosses = new ArrayList<>();
        for (int i = 0; i < CURVE_POINTS; i++) {
            double n = smallest * Math.pow(largest / smallest, i / (CURVE_POINTS - 1.0));
            curveParams.add(n);
            curveLosses.add(law.loss(n, tokensAt(budget, n)));
        }
        String at = ScalingPlots.budgetName(budget).substring("C = ".length());
        return new FitGroup(budget, Series.of(params.size() + " runs near " + at, params, losses),
                Series.of("fit at " + at, curveParams, curveLosses));
    }

    private static double tokensAt(double budget, double params) {
        return CONVENTION.paramTokensFor(budget) / params;
    }
}
