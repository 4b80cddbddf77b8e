package io.flopsplit.cli;

import io.flopsplit.report.AtomicFile;
import io.flopsplit.report.OutputFormat;
import io.flopsplit.report.Row;
import io.flopsplit.report.RowWriter;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The files {@code --out DIR} holds: results.csv (tidy: scenario, policy, metric, statistic, value),
 * results.jsonl (the JSON lines of {@code --format json}) and the effective scenario
 * (effective-scenario.yaml, or one effective-scenario-VARIANT.yaml per variant). The directory is
 * checked before the run starts, so a long run never fails at its end for want of a place to write;
 * each file is written atomically.
 */
final class ResultFiles {

    private final Path directory;
    private final List<Scenario> scenarios;

    private ResultFiles(Path directory, List<Scenario> scenarios) {
        this.directory = directory;
        this.scenarios = scenarios;
    }

    static ResultFiles prepare(CommandLine commandLine, Path directory, List<Scenario> scenarios) {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            throw new ParameterException(commandLine, "--out: cannot create directory " + directory + " ("
                    + e.getMessage() + ")");
        }
        if (!Files.isWritable(directory)) {
            throw new ParameterException(commandLine, "--out: directory " + directory + " is not writable");
        }
        return new ResultFiles(directory, scenarios);
    }

    void write(List<RunCommand.Run> runs) {
        AtomicFile.write(directory.resolve("results.csv"), render(RunCommand.rows(runs, OutputFormat.CSV), OutputFormat.CSV));
        AtomicFile.write(directory.resolve("results.jsonl"),
                render(RunCommand.rows(runs, OutputFormat.JSON), OutputFormat.JSON));
        writeScenarios();
    }

    /** The effective scenarios: effective-scenario.yaml, or one effective-scenario-VARIANT.yaml per variant. */
    void writeScenarios() {
        for (Scenario scenario : scenarios) {
            String name = scenarios.size() == 1 ? "effective-scenario.yaml"
                    : "effective-scenario-" + scenario.name().substring(scenario.name().indexOf('/') + 1) + ".yaml";
            AtomicFile.write(directory.resolve(name), EffectiveScenario.yaml(scenario));
        }
    }

    static String render(List<Row> rows, OutputFormat format) {
        StringWriter text = new StringWriter();
        RowWriter.write(rows, format, new PrintWriter(text));
        return text.toString();
    }
}
