package io.flopsplit.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * One figure of every plot type, from small, plausible data, named as the files the tests write.
 * Losses follow the Chinchilla form with Hoffmann et al. 2022's rounded constants (App. D.2):
 * L = 1.69 + 406.4/N^0.34 + 410.7/D^0.28, at C = 6ND.
 */
final class PlotSamples {

    static final DoubleBinaryOperator CHINCHILLA =
            (params, tokens) -> 1.69 + 406.4 / Math.pow(params, 0.34) + 410.7 / Math.pow(tokens, 0.28);

    private PlotSamples() {
    }

    /** Every plot type, by file name. */
    static Map<String, Figure> all() {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("isoflop", isoFlop(1e20, 1e24));
        figures.put("frontier", frontier(1e18, 1e26));
        figures.put("test-time", testTime());
        figures.put("match", match());
        figures.put("forest", forest());
        figures.put("phase-split", phaseSplit());
        figures.put("sweep-one-key", sweepOneKey());
        figures.put("sweep-best-policy", bestPolicy());
        figures.put("sweep-contrast", contrast());
        figures.put("fit", fit());
        return figures;
    }

    /** The series names each figure's legend must hold (and its SVG must spell out). */
    static Map<String, List<String>> expectedNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("isoflop", List.of("C = 1e20 FLOPs", "C = 1e24 FLOPs", ScalingPlots.OPTIMUM));
        names.put("frontier", List.of("chinchilla", "steeper law"));
        names.put("test-time", List.of("best-of-k-oracle", "majority-vote"));
        names.put("match", List.of("small + majority-vote", "large (14×)"));
        names.put("forest", List.of(RunPlots.INTERVAL, RunPlots.NO_DIFFERENCE));
        names.put("phase-split", List.of("pretraining", "inference", "data selection"));
        names.put("sweep-one-key", List.of("chinchilla", "oracle"));
        names.put("sweep-best-policy", List.of("chinchilla", "small-plus-search"));
        names.put("sweep-contrast", List.of(SweepPlots.BREAK_EVEN));
        names.put("fit", List.of("runs at 1e19 FLOPs", "fit at 1e21 FLOPs"));
        return names;
    }

    static Figure isoFlop(double smallest, double largest) {
        List<IsoFlopCurve> curves = new ArrayList<>();
        for (double budget = smallest; budget <= largest * 1.0001; budget *= 100) {
            curves.add(curve(budget));
        }
        return ScalingPlots.isoFlop("Iso-FLOP curves", curves,
                List.of(Series.of("70e9 params, 1.4e12 tokens", List.of(70e9), List.of(CHINCHILLA.applyAsDouble(70e9, 1.4e12)))),
                "law chinchilla (Hoffmann et al. 2022, App. D.2); C = 6ND");
    }

    static IsoFlopCurve curve(double budget) {
        List<Double> params = new ArrayList<>();
        List<Double> losses = new ArrayList<>();
        double bestParams = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        double centre = Math.sqrt(budget / 6 / 20);
        for (int i = 0; i <= 60; i++) {
            double n = centre * Math.pow(10, -2 + 4.0 * i / 60);
            double loss = CHINCHILLA.applyAsDouble(n, budget / (6 * n));
            params.add(n);
            losses.add(loss);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestParams = n;
            }
        }
        return new IsoFlopCurve(budget, Series.of(ScalingPlots.budgetName(budget), params, losses), bestParams,
                bestLoss);
    }

    static Figure frontier(double smallest, double largest) {
        List<Double> budgets = new ArrayList<>();
        for (double c = smallest; c <= largest * 1.0001; c *= 10) {
            budgets.add(c);
        }
        return ScalingPlots.frontier("Compute-optimal frontier", List.of(
                line("chinchilla", budgets, 0.45), line("steeper law", budgets, 0.55)), "closed forms; C = 6ND");
    }

    private static FrontierLine line(String law, List<Double> budgets, double exponent) {
        List<Double> params = budgets.stream().map(c -> 0.1 * Math.pow(c / 6, exponent)).toList();
        List<Double> tokens = new ArrayList<>();
        for (int i = 0; i < budgets.size(); i++) {
            tokens.add(budgets.get(i) / 6 / params.get(i));
        }
        return new FrontierLine(law, budgets, params, tokens);
    }

    static Figure testTime() {
        List<Double> flops = List.of(7.68e12, 4.8e13, 4.512e14, 4.4832e15, 4.4803e16);
        return TestTimePlot.accuracy("Accuracy against FLOPs per query", List.of(
                Series.of("best-of-k-oracle", flops, List.of(0.30044, 0.60121, 0.82787, 0.94822, 0.98963)),
                Series.of("majority-vote", flops, List.of(0.30044, 0.38756, 0.4095, 0.40838, 0.40823))),
                "suite math-like, law chinchilla, 8e9 params, 1.5e13 tokens");
    }

    static Figure match() {
        List<String> bins = List.of("1", "2", "3", "4", "5", "all");
        List<Bars> bars = List.of(new Bars("small + majority-vote", List.of(1.0, 0.89, 0.137, 6.5e-4, 4.8e-7, 0.406)),
                new Bars("large (14×)", List.of(0.984, 0.87, 0.571, 0.211, 0.0283, 0.533)));
        return MatchPlot.byDifficulty("FLOPs-matched comparison", List.of(new MatchPanel("R = 0.1", bins, bars),
                new MatchPanel("R = 10", bins, bars)), "Snell et al. 2024 §7; suite math-like");
    }

    static Figure forest() {
        List<Estimate> accuracy = List.of(new Estimate("chinchilla", 0.18367, 0.18198, 0.18536),
                new Estimate("inference-aware", 0.18472, 0.18301, 0.18642),
                new Estimate("small-plus-search", 0.17396, 0.17231, 0.17562),
                new Estimate("oracle", 0.26373, 0.2618, 0.26566));
        List<Estimate> differences = List.of(new Estimate("inference-aware", 0.0010432, 8.97e-4, 0.001189),
                new Estimate("small-plus-search", -0.0097102, -0.01121, -0.008214),
                new Estimate("oracle", 0.080055, 0.07829, 0.08181));
        return RunPlots.forest("quickstart: accuracy by policy", Axis.linear("accuracy (fraction)"), accuracy,
                "chinchilla", differences, "scenario quickstart, seed 1, 200 trials, 95% intervals");
    }

    static Figure phaseSplit() {
        List<String> policies = List.of("chinchilla", "inference-aware", "small-plus-search", "oracle");
        return RunPlots.phaseSplit("quickstart: where the FLOPs went", policies, List.of(
                new Bars("data selection", List.of(0.0, 0.0, 0.0, 0.0)),
                new Bars("pretraining", List.of(8.7e22, 8.9e22, 2.2e22, 6.2e22)),
                new Bars("inference", List.of(1.3e22, 1.1e22, 7.4e22, 3.6e22))), 1e23,
                "scenario quickstart, seed 1, mean over 200 trials");
    }

    static Figure sweepOneKey() {
        List<Double> budgets = List.of(1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26);
        return SweepPlots.oneKey("Accuracy against budget", Axis.log("budget.total (FLOPs)"),
                Axis.linear("accuracy (fraction)"), List.of(
                        band("chinchilla", budgets, 0.05, 0.04),
                        band("oracle", budgets, 0.08, 0.05)),
                "scenario quickstart, seed 1, 200 trials per cell, 95% intervals");
    }

    private static Series band(String name, List<Double> xs, double start, double slope) {
        List<Double> y = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            double mean = Math.min(0.95, start + slope * i);
            y.add(mean);
            low.add(mean - 0.01);
            high.add(mean + 0.01);
        }
        return Series.withBand(name, xs, y, low, high);
    }

    static Grid grid() {
        List<Double> budgets = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            budgets.add(Math.pow(10, 20 + i * 0.5));
        }
        List<Double> queries = List.of(1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12);
        return new Grid(Axis.log("budget.total (FLOPs)"), budgets, Axis.log("deployment.queries (queries)"), queries);
    }

    /** The paired difference of a synthetic sweep: positive where the budget outgrows the demand. */
    static double[][] difference(Grid grid) {
        double[][] z = new double[grid.xs().size()][grid.ys().size()];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z[i].length; j++) {
                z[i][j] = 0.01 * (Math.log10(grid.xs().get(i)) - 14 - Math.log10(grid.ys().get(j)));
            }
        }
        return z;
    }

    static Figure bestPolicy() {
        Grid grid = grid();
        double[][] z = difference(grid);
        List<List<String>> best = new ArrayList<>();
        for (double[] row : z) {
            List<String> column = new ArrayList<>();
            for (double value : row) {
                column.add(value > 0 ? "small-plus-search" : "chinchilla");
            }
            best.add(column);
        }
        return SweepPlots.bestPolicy("Best policy by budget and demand", grid,
                List.of("chinchilla", "small-plus-search"), best, "scenario quickstart, seed 1, 200 trials per cell");
    }

    static Figure contrast() {
        Grid grid = grid();
        return SweepPlots.contrast("Small model with search against chinchilla", grid, difference(grid),
                "small-plus-search", "chinchilla", "scenario quickstart, seed 1, 200 trials per cell; paired differences");
    }

    static Figure fit() {
        List<FitGroup> groups = new ArrayList<>();
        for (double budget : new double[] {1e19, 1e21}) {
            IsoFlopCurve curve = curve(budget);
            List<Double> params = new ArrayList<>();
            List<Double> losses = new ArrayList<>();
            for (int i = 10; i <= 50; i += 10) {
                params.add(curve.curve().x().get(i));
                losses.add(curve.curve().y().get(i) + 0.01 * ((i / 10) % 2 == 0 ? 1 : -1));
            }
            groups.add(new FitGroup(budget, Series.of("runs at " + ScalingPlots.budgetName(budget).substring(4),
                    params, losses), Series.of("fit at " + ScalingPlots.budgetName(budget).substring(4),
                    curve.curve().x(), curve.curve().y())));
        }
        return FitPlot.isoFlop("Fitted law against runs", groups, "synthetic runs around the chinchilla law");
    }
}
