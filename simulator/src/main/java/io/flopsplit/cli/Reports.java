package io.flopsplit.cli;

import io.flopsplit.plot.Figure;
import io.flopsplit.report.HtmlReport;
import io.flopsplit.report.ResultRows;
import io.flopsplit.report.Row;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.sweep.CellResult;
import io.flopsplit.sweep.SweepAxis;
import io.flopsplit.sweep.SweepRows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code report.html} of {@code run} and {@code sweep}: the scenario's question, the console
 * table, the figures inline, the effective scenario and the command line that reproduces the page.
 */
final class Reports {

    static final String FILE = "report.html";
    private static final String JAR = "java -jar simulator/target/flopsplit.jar";

    private Reports() {
    }

    /** The page of a run of one scenario or of its variants. */
    static HtmlReport run(List<RunCommand.Run> runs, Collection<Figure> figures, CommandSpec spec) {
        List<Row> table = new ArrayList<>();
        List<String> scenarios = new ArrayList<>();
        for (RunCommand.Run run : runs) {
            for (Row row : ResultRows.table(run.result())) {
                table.add(runs.size() == 1 ? row : prefixed(run.scenario().name(), row));
            }
            scenarios.add(run.effectiveScenario());
        }
        Scenario first = runs.get(0).scenario();
        return new HtmlReport(first.name().replaceFirst("/.*", ""), question(first), table, svg(figures),
                String.join("\n", scenarios), command(spec));
    }

    /** The page of a sweep; {@code cells} are those completed, of {@code total}. */
    static HtmlReport sweep(List<Scenario> scenarios, List<SweepAxis> axes, List<CellResult> cells, int total,
                            Collection<Figure> figures, CommandSpec spec) {
        List<Row> table = SweepRows.all(cells, cell -> SweepRows.table(cell, scenarios.size() > 1));
        String swept = axes.stream().map(axis -> axis.key().path() + " = " + axis.spec() + " (" + axis.size()
                + (axis.size() == 1 ? " value)" : " values)")).collect(Collectors.joining(" × "));
        String question = question(scenarios.get(0)) + " Swept over " + swept + "; " + cells.size() + " of " + total
                + " cells completed.";
        String yaml = scenarios.stream().map(EffectiveScenario::yaml).collect(Collectors.joining("\n"));
        return new HtmlReport(scenarios.get(0).name().replaceFirst("/.*", "") + ": sweep", question, table,
                svg(figures), "# The scenario before the sweep's values are laid over it.\n" + yaml, command(spec));
    }

    /** The command line that produced the page ({@code --resume} left out: the command runs it whole). */
    static String command(CommandSpec spec) {
        List<String> words = new ArrayList<>(List.of(JAR));
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            if (!arg.equals("--resume")) {
                words.add(quoted(arg));
            }
        }
        return String.join(" ", words);
    }

    private static String question(Scenario scenario) {
        return scenario.question().isBlank() ? "Scenario " + scenario.name() + " (its file asks no question)."
                : scenario.question();
    }

    private static Row prefixed(String scenario, Row row) {
        Row named = new Row().text("scenario", scenario);
        for (Row.Field field : row.fields()) {
            if (field.value() instanceof Double number) {
                named.number(field.name(), number);
            } else {
                named.text(field.name(), (String) field.value());
            }
        }
        return named;
    }

    private static List<String> svg(Collection<Figure> figures) {
        return figures.stream().map(Figure::svg).toList();
    }

    /** A shell word: as is when it holds only safe characters, single-quoted otherwise. */
    private static String quoted(String arg) {
        if (arg.matches("[A-Za-z0-9_./:=,+@%^-]+")) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
