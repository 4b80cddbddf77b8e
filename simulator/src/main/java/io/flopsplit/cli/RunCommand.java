package io.flopsplit.cli;

import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.montecarlo.MonteCarloRunner;
import io.flopsplit.montecarlo.PolicyContest;
import io.flopsplit.montecarlo.RunOptions;
import io.flopsplit.report.OutputFormat;
import io.flopsplit.report.ResultRows;
import io.flopsplit.report.Row;
import io.flopsplit.report.RowWriter;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.scenario.ScenarioReader;
import io.flopsplit.scenario.ScenarioWorlds;
import io.flopsplit.scenario.SpreadSources;
import io.flopsplit.trial.Metric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flopsplit run FILE}: the Monte Carlo comparison of a scenario's policies with common random
 * numbers, printed as a table (or JSON lines, or CSV) and, with {@code --out}, written to
 * results.csv, results.jsonl and the effective scenario, each atomically. Ctrl-C stops after the
 * trials in flight and reports those completed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs a scenario: compares its policies over Monte Carlo trials with common random numbers.")
final class RunCommand implements Callable<Integer> {

    static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    ClasspathOption classpath;

    @Mixin
    PlotOptions plot;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write results.csv, results.jsonl, effective-scenario.yaml, the figures and report.html"
                    + " into DIR.")
    Path out;

    @Mixin
    TrialOptions trials;

    @Option(names = "--timing", description = "Print on stderr the wall and CPU time the runs took, after start-up.")
    boolean timing;

    @Override
    public Integer call() {
        try (PolicyJars.Loaded jars = classpath.register()) {
            return run();
        }
    }

    private int run() {
        List<Scenario> scenarios = ScenarioReader.read(file);
        RunTiming clock = RunTiming.start();
        ResultFiles files = out == null ? null : ResultFiles.prepare(spec.commandLine(), out, scenarios);
        Interruption interruption = Interruption.install();
        try {
            List<Run> runs = new ArrayList<>();
            boolean stopped = false;
            for (Scenario scenario : scenarios) {
                Run run = run(scenario, interruption);
                stopped = run.result().ending() == MonteCarloResult.Ending.INTERRUPTED || interruption.requested();
                if (run.result().trials() > 0) {
                    runs.add(run);
                }
                if (stopped) {
                    break;
                }
            }
            if (timing) {
                spec.commandLine().getErr().println("flopsplit run: " + clock.report(runs.stream()
                        .mapToLong(r -> r.result().trials()).sum()));
            }
            print(runs);
            runs.forEach(this::warnIfNeverDeployed);
            if (files != null && !runs.isEmpty()) {
                files.write(RowWriter.text(rows(runs, OutputFormat.CSV), OutputFormat.CSV),
                        RowWriter.text(rows(runs, OutputFormat.JSON), OutputFormat.JSON),
                        runs.stream().map(Run::effectiveScenario).toList());
            }
            if (!runs.isEmpty()) {
                RunOutputs.figuresAndReport(spec, plot, out, runs);
            }
            if (stopped) {
                spec.commandLine().getErr().println("flopsplit run: interrupted; " + (runs.isEmpty()
                        ? "no trial had completed, nothing was written"
                        : "results cover the " + runs.get(runs.size() - 1).result().trials() + " trials completed"
                                + (runs.size() < scenarios.size() ? " of " + runs.get(runs.size() - 1).scenario().name()
                                        + "; later variants did not run" : "")));
            }
            return stopped ? INTERRUPTED : 0;
        } finally {
            interruption.done();
        }
    }

    /**
     * One scenario's comparison.
     *
     * @param scenario the scenario as read
     * @param result its results
     * @param seed the master seed it ran with
     * @param ran the scenario that ran: its montecarlo section holds the run's seed, precision and
     *     trials (those requested, or those completed when the run was interrupted, so that running
     *     it gives these results)
     */
    record Run(Scenario scenario, MonteCarloResult result, long seed, Scenario ran) {

        /** The effective scenario written next to the results. */
        String effectiveScenario() {
            String yaml = EffectiveScenario.yaml(ran);
            return result.ending() != MonteCarloResult.Ending.INTERRUPTED ? yaml
                    : "# Interrupted after " + result.trials() + " of " + scenario.montecarlo().trials()
                            + " requested trials; montecarlo.trials records those completed.\n" + yaml;
        }
    }

    private Run run(Scenario scenario, Interruption interruption) {
        RunOptions options = trials.options(scenario);
        try (Progress progress = new Progress(scenario.name(), options.maxTrials())) {
            MonteCarloResult result = MonteCarloRunner.run(
                    new PolicyContest(scenario.policies(), new ScenarioWorlds(scenario)), options,
                    interruption::requested, progress);
            long recorded = result.ending() == MonteCarloResult.Ending.INTERRUPTED ? Math.max(1, result.trials())
                    : options.maxTrials();
            return new Run(scenario, result, options.seed(), scenario.withMontecarlo(
                    scenario.montecarlo().withRun(recorded, options.seed(), options.precision())));
        }
    }

    private void print(List<Run> runs) {
        var writer = spec.commandLine().getOut();
        if (output.format != OutputFormat.TABLE) {
            output.print(rows(runs, output.format));
            return;
        }
        for (Run run : runs) {
            writer.println(run.scenario().name() + (run.scenario().question().isEmpty() ? ""
                    : " — " + run.scenario().question()));
            output.print(ResultRows.table(run.result()));
            writer.println(footer(run));
            writer.println();
        }
    }

    /** Every run's rows in {@code format}: JSON lines, or the tidy CSV rows. */
    private static List<Row> rows(List<Run> runs, OutputFormat format) {
        List<Row> rows = new ArrayList<>();
        for (Run run : runs) {
            rows.addAll(format == OutputFormat.JSON
                    ? ResultRows.lines(run.scenario().name(), run.result(), run.seed())
                    : ResultRows.tidy(run.scenario().name(), run.result()));
        }
        return rows;
    }

    /** A policy whose model is still training when the horizon ends scores 0: say so on stderr. */
    private void warnIfNeverDeployed(Run run) {
        for (String policy : StillTraining.policies(run.scenario(), run.result())) {
            spec.commandLine().getErr().println("flopsplit run: warning: in " + run.scenario().name() + ", " + policy
                    + " was still training when the horizon ended in some trials " + StillTraining.remedy(run.scenario()));
        }
    }

    private static String footer(Run run) {
        MonteCarloResult result = run.result();
        String intervals = result.trials() < 2 ? "no intervals (an interval needs at least 2 trials)"
                : Math.round(100 * run.scenario().montecarlo().level()) + "% intervals";
        return result.trials() + (result.trials() == 1 ? " trial (" : " trials (")
                + result.ending().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + "), seed " + run.seed() + ", " + intervals + "; accuracy counts every query, a dropped one as wrong;"
                + " vsBaseline is the paired difference from " + run.scenario().baseline() + ". "
                + SpreadSources.sentence(run.scenario());
    }
}
