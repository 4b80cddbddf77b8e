package io.flopsplit.cli;

import io.flopsplit.report.AtomicFile;
import io.flopsplit.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The files {@code --out DIR} holds: results.csv (tidy: scenario, policy, metric, statistic, value),
 * results.jsonl (the JSON lines of {@code --format json}) and the effective scenario
 * (effective-scenario.yaml, or one effective-scenario-VARIANT.yaml per variant).
 *
 * <p>Everything that can be checked is checked before the run starts, so that a long run never
 * fails at its end for want of a place to write: the directory can be created, files can be created
 * in it, no output path is a directory, and no two outputs share a file name. Variant names become
 * file names only after sanitising: every character but ASCII letters, digits, {@code .},
 * {@code _} and {@code -} becomes {@code -}, and leading dots and dashes are dropped, so no name can
 * reach outside DIR ({@code q/../../../escaped} becomes {@code q-..-..-..-escaped}); the file itself
 * records the exact name. Each file is written atomically; a failure while writing is one line
 * naming the file, and the files written before it stay whole.
 */
final class ResultFiles {

    static final String CSV = "results.csv";
    static final String JSON_LINES = "results.jsonl";
    private static final int LONGEST_NAME = 120;

    private final CommandLine commandLine;
    private final Path directory;
    private final List<Path> effectiveScenarios;

    private ResultFiles(CommandLine commandLine, Path directory, List<Path> effectiveScenarios) {
        this.commandLine = commandLine;
        this.directory = directory;
        this.effectiveScenarios = List.copyOf(effectiveScenarios);
    }

    /** Checks {@code directory} and the names of every file the run will write there. */
    static ResultFiles prepare(CommandLine commandLine, Path directory, List<Scenario> scenarios) {
        Map<String, String> owners = new HashMap<>();
        claim(commandLine, owners, CSV, "the results");
        claim(commandLine, owners, JSON_LINES, "the results");
        List<Path> effective = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            String name = scenarios.size() == 1 ? "effective-scenario.yaml"
                    : "effective-scenario-" + sanitise(scenario.name().substring(scenario.name().indexOf('/') + 1))
                    + ".yaml";
            claim(commandLine, owners, name, "scenario " + scenario.name());
            effective.add(directory.resolve(name));
        }
        try {
            Files.createDirectories(directory);
            AtomicFile.probe(directory);
        } catch (FileAlreadyExistsException e) {
            throw new ParameterException(commandLine, "--out: " + directory + " is a file, not a directory");
        } catch (IOException | UncheckedIOException | SecurityException e) {
            throw new ParameterException(commandLine, "--out: cannot create files in " + directory + " ("
                    + reason(e) + ")");
        }
        List<Path> targets = new ArrayList<>(List.of(directory.resolve(CSV), directory.resolve(JSON_LINES)));
        targets.addAll(effective);
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                throw new ParameterException(commandLine, "--out: " + target + " is a directory; the run would write"
                        + " a file there");
            }
        }
        return new ResultFiles(commandLine, directory, effective);
    }

    /**
     * Writes the results and the effective scenarios of the scenarios that ran (the first of those
     * given to {@link #prepare}, in order: an interrupted run leaves the rest out), each atomically.
     */
    void write(String csv, String jsonLines, List<String> effectiveScenarioTexts) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(directory.resolve(CSV), csv);
        files.put(directory.resolve(JSON_LINES), jsonLines);
        for (int i = 0; i < effectiveScenarioTexts.size(); i++) {
            files.put(effectiveScenarios.get(i), effectiveScenarioTexts.get(i));
        }
        List<String> written = new ArrayList<>();
        for (var file : files.entrySet()) {
            try {
                AtomicFile.write(file.getKey(), file.getValue());
            } catch (UncheckedIOException e) {
                throw new ParameterException(commandLine, "--out: " + e.getMessage()
                        + (written.isEmpty() ? "; nothing was written" : "; written before it: " + String.join(", ", written)));
            }
            written.add(file.getKey().getFileName().toString());
        }
    }

    /** A file name made of a variant's name: safe characters only, never empty, never hidden. */
    static String sanitise(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceFirst("^[.-]+", "").replaceFirst("-+$", "");
        if (safe.length() > LONGEST_NAME) {
            safe = safe.substring(0, LONGEST_NAME);
        }
        return safe.isEmpty() ? "unnamed" : safe;
    }

    private static void claim(CommandLine commandLine, Map<String, String> owners, String name, String owner) {
        String earlier = owners.putIfAbsent(name.toLowerCase(Locale.ROOT), owner);
        if (earlier != null) {
            throw new ParameterException(commandLine, "--out: " + owner + " and " + earlier + " would both be written"
                    + " to " + name + "; give the variants names that differ in letters or digits");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            return AtomicFile.reason(unchecked.getCause());
        }
        return e instanceof IOException io ? AtomicFile.reason(io) : String.valueOf(e.getMessage());
    }
}
