package io.flopsplit.cli;

import io.flopsplit.plot.Figure;
import io.flopsplit.report.OutputFormat;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.sweep.CellResult;
import io.flopsplit.sweep.CellRun;
import io.flopsplit.sweep.SweepAxis;
import io.flopsplit.sweep.SweepGrid;
import io.flopsplit.sweep.SweepPlan;
import io.flopsplit.sweep.SweepRows;
import io.flopsplit.sweep.SweepRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code flopsplit sweep FILE --vary KEY=VALUES ...}: the scenario's Monte Carlo comparison in every
 * cell of a grid of its keys' values (crossed with its variants), every cell with the same trials
 * and seed. Prints one table (or JSON lines, or tidy CSV) with a column per varied key; with
 * {@code --out DIR} writes each cell as it completes, the combined results, the figures and
 * report.html; {@code --resume} continues an interrupted sweep from its completed cells.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Runs a scenario over a grid of values of its keys, every cell with the same trials and seed.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    TrialOptions trials;

    @Mixin
    PlotOptions plot;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML).")
    Path file;

    @Option(names = "--vary", required = true, paramLabel = "KEY=VALUES", converter = AxisConverter.class,
            description = "A scenario key and its values: a range FROM..TO:N (N points), a log range FROM..TO:N:log,"
                    + " or a list V1,V2,... (e.g. budget.total=1e20..1e26:13:log, deployment.queries=1e6,1e9,1e12)."
                    + " Repeat for a grid over several keys; the first varies slowest.")
    List<SweepAxis> vary;

    @Option(names = "--contrast", paramLabel = "A,B",
            description = "Over two keys, draw the difference A − B between these two policies (default: the first"
                    + " policy other than the baseline, against the baseline).")
    String contrast;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write each completed cell (cells/), results.csv, results.jsonl, the effective"
                    + " scenario, the figures and report.html into DIR.")
    Path out;

    @Option(names = "--resume", description = "Continue the sweep in --out DIR from the cells it has completed.")
    boolean resume;

    @Override
    public Integer call() {
        SweepGrid grid = grid();
        if (resume && out == null) {
            throw new ParameterException(spec.commandLine(), "--resume: needs --out DIR, the sweep to continue");
        }
        SweepPlan plan = SweepPlan.read(file, grid);
        Optional<List<String>> pair = contrast(plan);
        List<CellRun> runs = new ArrayList<>();
        for (int i = 0; i < plan.cells().size(); i++) {
            runs.add(new CellRun(i + 1, plan.cells().get(i), trials.options(plan.cells().get(i).scenario())));
        }
        SweepFiles files = out == null ? null
                : SweepFiles.prepare(spec.commandLine(), out, plan.scenarios(), runs.size(), resume);
        Map<Integer, CellResult> done = files == null ? Map.of() : files.completed(runs);
        SweepRunner.preflight(runs.stream().filter(run -> !done.containsKey(run.number())).toList(), trials.threads());
        Interruption interruption = Interruption.install();
        try {
            List<CellResult> cells = play(runs, done, files, interruption);
            print(plan, cells);
            warnIfNeverDeployed(cells);
            boolean complete = cells.size() == runs.size();
            Map<String, Figure> figures = figures(plan, cells, complete, pair);
            if (files != null) {
                files.writeResults(cells);
                Reports.sweep(plan.scenarios(), grid.axes(), cells, runs.size(), figures.values(), spec)
                        .write(out.resolve(Reports.FILE));
            }
            if (!complete) {
                spec.commandLine().getErr().println("flopsplit sweep: interrupted; " + cells.size() + " of "
                        + runs.size() + " cells completed" + (files == null ? ""
                        : ", kept in " + out.resolve(SweepFiles.CELLS) + "; add --resume to continue"));
                return RunCommand.INTERRUPTED;
            }
            return 0;
        } finally {
            interruption.done();
        }
    }

    private SweepGrid grid() {
        try {
            return new SweepGrid(vary);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--vary: " + e.getMessage());
        }
    }

    /** The policies of the heat map, checked against every scenario before anything runs. */
    private Optional<List<String>> contrast(SweepPlan plan) {
        if (contrast == null) {
            return Optional.empty();
        }
        List<String> pair = List.of(contrast.split(",", -1));
        if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
            throw new ParameterException(spec.commandLine(), "--contrast: name two different policies A,B, was "
                    + contrast);
        }
        if (plan.grid().axes().stream().filter(axis -> axis.size() > 1).count() != 2) {
            throw new ParameterException(spec.commandLine(), "--contrast: draws the heat map of a sweep over two keys"
                    + " with several values each; this sweep has "
                    + plan.grid().axes().stream().filter(axis -> axis.size() > 1).count());
        }
        for (Scenario scenario : plan.scenarios()) {
            List<String> names = scenario.policies().stream().map(p -> p.name()).toList();
            for (String name : pair) {
                if (!names.contains(name)) {
                    throw new ParameterException(spec.commandLine(), "--contrast: " + scenario.name()
                            + " has no policy '" + name + "'; its policies are " + String.join(", ", names));
                }
            }
        }
        return Optional.of(pair);
    }

    /** Runs the cells not yet done; returns every completed cell, in order. */
    private List<CellResult> play(List<CellRun> runs, Map<Integer, CellResult> done, SweepFiles files,
                                  Interruption interruption) {
        List<CellRun> todo = runs.stream().filter(run -> !done.containsKey(run.number())).toList();
        long trialsToPlay = todo.stream().mapToLong(run -> run.options().maxTrials()).sum();
        List<Optional<CellResult>> played;
        try (Progress progress = new Progress("sweep " + file.getFileName(), trialsToPlay)) {
            played = SweepRunner.run(todo, trials.threads(), interruption::requested, progress,
                    files == null ? cell -> { } : files::writeCell);
        }
        List<CellResult> cells = new ArrayList<>();
        int next = 0;
        for (CellRun run : runs) {
            if (done.containsKey(run.number())) {
                cells.add(done.get(run.number()));
            } else {
                played.get(next++).ifPresent(cells::add);
            }
        }
        return cells;
    }

    private Map<String, Figure> figures(SweepPlan plan, List<CellResult> cells, boolean complete,
                                       Optional<List<String>> pair) {
        if (plot.directory == null && out == null) {
            return Map.of();
        }
        Optional<String> reason = complete ? SweepFigures.reason(plan.grid().axes())
                : Optional.of("the sweep is incomplete; --resume finishes it");
        if (reason.isPresent()) {
            spec.commandLine().getErr().println("flopsplit sweep: no figures: " + reason.get());
            return Map.of();
        }
        Map<String, Figure> figures = SweepFigures.of(plan.grid().axes(), plan.scenarios(), cells, pair);
        plot.draw(out, () -> figures);
        return figures;
    }

    /** One line per policy still training at the horizon in some cell: how many cells, and the first. */
    private void warnIfNeverDeployed(List<CellResult> cells) {
        Map<String, List<CellResult>> late = new LinkedHashMap<>();
        for (CellResult cell : cells) {
            Scenario scenario = cell.run().cell().scenario();
            StillTraining.policies(scenario, cell.result()).forEach(policy -> late.computeIfAbsent(
                    scenario.name() + ", " + policy, key -> new ArrayList<>()).add(cell));
        }
        late.forEach((policy, where) -> spec.commandLine().getErr().println("flopsplit sweep: warning: in "
                + policy + " was still training when the horizon ended in some trials of " + where.size() + " cell(s),"
                + " the first " + where.get(0).cell().source() + " " + StillTraining.remedy(where.get(0).run().cell()
                .scenario())));
    }

    private void print(SweepPlan plan, List<CellResult> cells) {
        boolean named = plan.scenarios().size() > 1;
        output.print(switch (output.format) {
            case TABLE -> SweepRows.all(cells, cell -> SweepRows.table(cell, named));
            case JSON -> SweepRows.all(cells, SweepRows::lines);
            case CSV -> SweepRows.all(cells, SweepRows::tidy);
        });
        if (output.format == OutputFormat.TABLE && !cells.isEmpty()) {
            Scenario first = plan.scenarios().get(0);
            long fewest = cells.stream().mapToLong(cell -> cell.result().trials()).min().orElseThrow();
            long most = cells.stream().mapToLong(cell -> cell.result().trials()).max().orElseThrow();
            spec.commandLine().getOut().println(cells.size() + " cells, " + (fewest == most ? "" : fewest + " to ")
                    + most + " trials each, seed " + cells.get(0).run().options().seed() + ", "
                    + Math.round(100 * first.montecarlo().level()) + "% intervals; every cell plays the same trials;"
                    + " vsBaseline is the paired difference from " + first.baseline() + ".");
        }
    }

    /** Reads one {@code --vary KEY=VALUES}. */
    static final class AxisConverter implements ITypeConverter<SweepAxis> {
        @Override
        public SweepAxis convert(String text) {
            try {
                return SweepAxis.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
