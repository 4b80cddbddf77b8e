package io.flopsplit.cli;

import io.flopsplit.report.AtomicFile;
import io.flopsplit.report.OutputFormat;
import io.flopsplit.report.RowWriter;
import io.flopsplit.scenario.EffectiveScenario;
import io.flopsplit.scenario.Scenario;
import io.flopsplit.sweep.CellFile;
import io.flopsplit.sweep.CellResult;
import io.flopsplit.sweep.CellRun;
import io.flopsplit.sweep.SweepRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The files a sweep's {@code --out DIR} holds: {@code cells/cell-NNNN.jsonl}, one per completed cell
 * (its JSON lines, written as soon as it completes), and, once the sweep ends or is interrupted, the
 * combined results.csv and results.jsonl over the completed cells and the effective scenario (as
 * {@link ResultFiles} writes them for {@code run}). Every file is written atomically, so an
 * interrupted sweep leaves whole cells only; {@code --resume} takes them back and runs the rest. A
 * directory holding an earlier sweep's cells is refused without {@code --resume}, and a cell file
 * that is not this sweep's (another scenario, other values, trials or seed) is refused with it.
 */
final class SweepFiles {

    static final String CELLS = "cells";
    private static final Pattern CELL_FILE = Pattern.compile("cell-(\\d{1,9})\\.jsonl");
    private static final int MIN_DIGITS = 4;

    private final CommandLine commandLine;
    private final Path directory;
    private final ResultFiles results;
    private final List<Scenario> scenarios;
    private final int digits;

    private SweepFiles(CommandLine commandLine, Path directory, ResultFiles results, List<Scenario> scenarios,
                       int cells) {
        this.commandLine = commandLine;
        this.scenarios = List.copyOf(scenarios);
        this.directory = directory;
        this.results = results;
        this.digits = Math.max(MIN_DIGITS, Integer.toString(cells).length());
    }

    /** Checks DIR before the sweep starts: writable, and holding an earlier sweep's cells only with {@code resume}. */
    static SweepFiles prepare(CommandLine commandLine, Path directory, List<Scenario> scenarios, int cells,
                              boolean resume) {
        ResultFiles results = ResultFiles.prepare(commandLine, directory, scenarios);
        Map<Integer, Path> existing = existing(commandLine, directory.resolve(CELLS));
        if (!resume && !existing.isEmpty()) {
            throw new ParameterException(commandLine, "--out: " + directory + " holds " + existing.size()
                    + " cell(s) of an earlier sweep; continue it with --resume, or choose another directory");
        }
        for (Map.Entry<Integer, Path> file : existing.entrySet()) {
            if (file.getKey() < 1 || file.getKey() > cells) {
                throw new ParameterException(commandLine, "--resume: " + file.getValue() + " is cell "
                        + file.getKey() + ", but this sweep has " + cells + " cells; it belongs to another sweep"
                        + " (choose another --out directory)");
            }
        }
        try {
            Files.createDirectories(directory.resolve(CELLS));
        } catch (IOException | SecurityException e) {
            throw new ParameterException(commandLine, "--out: cannot create " + directory.resolve(CELLS) + " ("
                    + e.getMessage() + ")");
        }
        return new SweepFiles(commandLine, directory, results, scenarios, cells);
    }

    /** The cells already completed in DIR, by number; each must be this sweep's. */
    Map<Integer, CellResult> completed(List<CellRun> runs) {
        Map<Integer, CellResult> done = new LinkedHashMap<>();
        for (CellRun run : runs) {
            Path file = cellFile(run.number());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                done.put(run.number(), CellFile.read(Files.readString(file, StandardCharsets.UTF_8), run));
            } catch (IOException | IllegalArgumentException e) {
                throw new ParameterException(commandLine, "--resume: " + file + " is not a result of this sweep's"
                        + " cell " + run.number() + " (" + e.getMessage() + "); delete it to run the cell again");
            }
        }
        return done;
    }

    /** Writes one completed cell. */
    void writeCell(CellResult cell) {
        AtomicFile.write(cellFile(cell.run().number()), CellFile.text(cell));
    }

    /** Writes the combined results of the completed cells, in cell order, and the effective scenario. */
    void writeResults(List<CellResult> cells) {
        results.write(RowWriter.text(SweepRows.all(cells, SweepRows::tidy), OutputFormat.CSV),
                RowWriter.text(SweepRows.all(cells, SweepRows::lines), OutputFormat.JSON),
                scenarios.stream().map(EffectiveScenario::yaml).toList());
    }

    Path directory() {
        return directory;
    }

    Path cellFile(int number) {
        return directory.resolve(CELLS).resolve(String.format("cell-%0" + digits + "d.jsonl", number));
    }

    private static Map<Integer, Path> existing(CommandLine commandLine, Path cells) {
        Map<Integer, Path> files = new LinkedHashMap<>();
        if (!Files.isDirectory(cells)) {
            return files;
        }
        List<Path> listed;
        try (Stream<Path> stream = Files.list(cells)) {
            listed = new ArrayList<>(stream.sorted().toList());
        } catch (IOException e) {
            throw new ParameterException(commandLine, "--out: cannot list " + cells + " (" + e.getMessage() + ")");
        }
        for (Path file : listed) {
            Matcher name = CELL_FILE.matcher(file.getFileName().toString());
            if (name.matches()) {
                files.put(Integer.parseInt(name.group(1)), file);
            }
        }
        return files;
    }
}
