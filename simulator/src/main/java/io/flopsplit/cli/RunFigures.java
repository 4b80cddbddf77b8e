package io.flopsplit.cli;

import io.flopsplit.compute.NumberText;
import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.plot.Axis;
import io.flopsplit.plot.Bars;
import io.flopsplit.plot.Estimate;
import io.flopsplit.plot.Figure;
import io.flopsplit.plot.RunPlots;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.trial.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of {@code run}, per scenario (or variant): a forest plot of each policy's accuracy
 * with its interval beside its paired difference from the baseline, and stacked bars of the mean
 * share of the budget each phase spent per policy. Drawn from the Monte Carlo result.
 */
final class RunFigures {

    /** The phases of the budget, in stacking order, with the metric that measures each. */
    private static final Map<String, Metric> PHASES = phases();

    private RunFigures() {
    }

    static Map<String, Figure> of(List<RunCommand.Run> runs) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (RunCommand.Run run : runs) {
            String suffix = runs.size() == 1 ? "" : "-" + RowValues.fileName(variant(run.scenario()));
            figures.put("run-accuracy" + suffix, forest(run));
            figures.put("run-flops" + suffix, phaseSplit(run));
        }
        return figures;
    }

    /** The metric's axis title: its name and unit. */
    static String title(Metric metric) {
        return metric.id() + " (" + metric.unit() + ")";
    }

    /** A caption's account of how the numbers were made. */
    static String provenance(Scenario scenario, MonteCarloResult result, long seed) {
        return "Scenario " + scenario.name() + ", seed " + seed + ", " + result.trials() + " trials, "
                + Math.round(100 * scenario.montecarlo().level()) + "% intervals; every policy plays the same trials"
                + " (common random numbers).";
    }

    private static Figure forest(RunCommand.Run run) {
        MonteCarloResult result = run.result();
        Metric metric = result.objective();
        List<Estimate> estimates = new ArrayList<>();
        List<Estimate> differences = new ArrayList<>();
        for (String policy : result.contestants()) {
            estimates.add(estimate(policy, result.estimate(policy, metric).interval()));
            if (!policy.equals(run.scenario().baseline())) {
                differences.add(estimate(policy, result.difference(policy, metric).interval()));
            }
        }
        String caption = provenance(run.scenario(), result, run.seed()) + " Right: each policy's paired difference"
                + " from " + run.scenario().baseline() + ", trial by trial. flopsplit run.";
        return RunPlots.forest(run.scenario().name() + ": " + metric.id() + " by policy", Axis.linear(title(metric)),
                estimates, run.scenario().baseline(), differences, caption);
    }

    private static Figure phaseSplit(RunCommand.Run run) {
        MonteCarloResult result = run.result();
        List<Bars> phases = new ArrayList<>();
        for (Map.Entry<String, Metric> phase : PHASES.entrySet()) {
            phases.add(new Bars(phase.getKey(), result.contestants().stream()
                    .map(policy -> result.estimate(policy, phase.getValue()).interval().mean()).toList()));
        }
        String caption = provenance(run.scenario(), result, run.seed()) + " Mean FLOPs per phase over the trials, as"
                + " a share of the budget of " + NumberText.significant(
                        run.scenario().budget().totalFlops(), 4) + " FLOPs. flopsplit run.";
        return RunPlots.phaseSplit(run.scenario().name() + ": where the FLOPs went", result.contestants(), phases,
                run.scenario().budget().totalFlops(), caption);
    }

    private static Estimate estimate(String label, ConfidenceInterval interval) {
        return new Estimate(label, interval.mean(), interval.low(), interval.high());
    }

    /** The variant's part of a scenario's name ({@code base/variant}), or the whole name. */
    static String variant(Scenario scenario) {
        return scenario.name().substring(scenario.name().indexOf('/') + 1);
    }

    private static Map<String, Metric> phases() {
        Map<String, Metric> phases = new LinkedHashMap<>();
        phases.put("data selection", Metric.SELECTION_FLOPS);
        phases.put("pretraining", Metric.PRETRAINING_FLOPS);
        phases.put("inference", Metric.INFERENCE_FLOPS);
        phases.put("unspent", Metric.UNSPENT_FLOPS);
        return phases;
    }
}
