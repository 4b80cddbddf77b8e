package io.flopsplit.cli;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.compute.NumberText;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.optimum.ComputeOptimal;
import io.flopsplit.optimum.ModelPlan;
import io.flopsplit.plot.FrontierLine;
import io.flopsplit.plot.IsoFlopCurve;
import io.flopsplit.plot.ScalingPlots;
import io.flopsplit.plot.Series;
import io.flopsplit.report.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@code loss} and {@code optimal}: per law, iso-FLOP curves at five budgets a decade
 * apart around the training compute of the command's answer (the answer itself marked), and one
 * compute-optimal frontier of every law over four decades either side.
 */
final class LawFigures {

    private static final ComputeConvention CONVENTION = ComputeConvention.STANDARD;
    private static final int CURVE_POINTS = 61;
    /** Iso-FLOP curves span this many decades of N either side of the optimum. */
    private static final double CURVE_DECADES = 2;
    private static final int FRONTIER_DECADES = 4;

    private LawFigures() {
    }

    /** {@code rows} are the command's rows: fields law, params, tokens, loss, trainingFlops. */
    static Map<String, io.flopsplit.plot.Figure> of(String command, List<LawProfile> profiles, Double uniqueTokens,
                                                     List<Row> rows) {
        Map<String, io.flopsplit.plot.Figure> figures = new LinkedHashMap<>();
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (Row row : rows) {
            LawProfile profile = profile(profiles, RowValues.text(row, "law"));
            double budget = RowValues.number(row, "trainingFlops");
            smallest = Math.min(smallest, budget);
            largest = Math.max(largest, budget);
            figures.put("isoflop-" + RowValues.fileName(profile.id()), isoFlop(command, profile, uniqueTokens, row));
        }
        figures.put("frontier", frontier(command, profiles, uniqueTokens, smallest, largest));
        return figures;
    }

    private static io.flopsplit.plot.Figure isoFlop(String command, LawProfile profile, Double uniqueTokens, Row row) {
        LossSurface surface = surface(profile, uniqueTokens);
        double centre = RowValues.number(row, "trainingFlops");
        List<IsoFlopCurve> curves = new ArrayList<>();
        for (int decade = -2; decade <= 2; decade++) {
            curves.add(curve(surface, centre * Math.pow(10, decade)));
        }
        double params = RowValues.number(row, "params");
        double tokens = RowValues.number(row, "tokens");
        Series asked = Series.of("N = " + NumberText.significant(params, 3) + ", D = " + NumberText.significant(tokens, 3),
                List.of(params), List.of(RowValues.number(row, "loss")));
        String caption = "Loss at fixed training compute C = 6ND for five budgets around C = "
                + NumberText.significant(centre, 3) + " FLOPs; diamonds mark the compute-optimal N, the square the"
                + " model of the command's answer. " + source(profile, uniqueTokens) + " flopsplit " + command + ".";
        return ScalingPlots.isoFlop("Iso-FLOP curves, law " + profile.id(), curves, List.of(asked), caption);
    }

    private static IsoFlopCurve curve(LossSurface surface, double budget) {
        ModelPlan optimum = ComputeOptimal.forBudget(surface, budget, CONVENTION);
        List<Double> params = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        for (int i = 0; i < CURVE_POINTS; i++) {
            double exponent = CURVE_DECADES * (2.0 * i / (CURVE_POINTS - 1) - 1);
            double n = optimum.params() * Math.pow(10, exponent);
            params.add(n);
            losses.add(surface.loss(n, CONVENTION.paramTokensFor(budget) / n));
        }
        return new IsoFlopCurve(budget, Series.of(ScalingPlots.budgetName(budget), params, losses), optimum.params(),
                optimum.loss());
    }

    private static io.flopsplit.plot.Figure frontier(String command, List<LawProfile> profiles, Double uniqueTokens,
                                                     double smallest, double largest) {
        double low = Math.floor(Math.log10(smallest)) - FRONTIER_DECADES;
        double high = Math.ceil(Math.log10(largest)) + FRONTIER_DECADES;
        List<FrontierLine> lines = new ArrayList<>();
        StringBuilder sources = new StringBuilder();
        for (LawProfile profile : profiles) {
            LossSurface surface = surface(profile, uniqueTokens);
            List<Double> budgets = new ArrayList<>();
            List<Double> params = new ArrayList<>();
            List<Double> tokens = new ArrayList<>();
            for (double exponent = low; exponent <= high + 1e-9; exponent += 0.5) {
                ModelPlan plan = ComputeOptimal.forBudget(surface, Math.pow(10, exponent), CONVENTION);
                budgets.add(plan.trainingFlops());
                params.add(plan.params());
                tokens.add(plan.tokens());
            }
            lines.add(new FrontierLine(profile.id(), budgets, params, tokens));
            sources.append(source(profile, uniqueTokens)).append(' ');
        }
        String caption = "Compute-optimal model size N and training tokens D against training compute C = 6ND. "
                + sources + "flopsplit " + command + ".";
        return ScalingPlots.frontier("Compute-optimal frontier", lines, caption);
    }

    private static String source(LawProfile profile, Double uniqueTokens) {
        return "Law " + profile.id() + ": " + profile.source() + (uniqueTokens == null ? "."
                : ", with " + NumberText.significant(uniqueTokens, 3) + " unique tokens (Muennighoff et al. 2023).");
    }

    private static LossSurface surface(LawProfile profile, Double uniqueTokens) {
        return uniqueTokens == null ? profile.law() : profile.law().withUniqueTokens(uniqueTokens);
    }

    private static LawProfile profile(List<LawProfile> profiles, String id) {
        return profiles.stream().filter(profile -> profile.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no law " + id));
    }
}
