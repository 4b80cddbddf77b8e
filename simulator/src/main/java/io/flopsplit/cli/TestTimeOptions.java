package io.flopsplit.cli;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.compute.NumberText;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.keys.Key;
import io.flopsplit.tasks.SuiteFile;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options {@code test-time} and {@code match} share: the suite, the query tokens (their defaults
 * from the scenario keys, {@link SectionDefaults}) and every strategy parameter (one option per key,
 * added by {@link KeyOptions}).
 */
final class TestTimeOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--suite", paramLabel = "PRESET|FILE", converter = SuiteConverter.class,
            completionCandidates = SuitePresetCandidates.class,
            description = "Task suite: a preset (math-like, narrow) or a YAML suite file. Default: ${DEFAULT-VALUE}.")
    TaskSuite suite;

    @Option(names = "--prompt-tokens", paramLabel = "T", converter = NumberConverters.NonNegative.class,
            description = "Prompt tokens per query (default ${DEFAULT-VALUE}).")
    double promptTokens;

    @Option(names = "--answer-tokens", paramLabel = "T", converter = NumberConverters.Positive.class,
            description = "Tokens per answer (default ${DEFAULT-VALUE}, what Wu et al. 2024's MATH FLOPs imply).")
    double answerTokens;

    StrategyParameters parameters() {
        return KeyOptions.strategyParameters(command);
    }

    Deployment deployment(double params) {
        return new Deployment(params, promptTokens, answerTokens, ComputeConvention.STANDARD);
    }

    /**
     * Refuses options under which {@code k} answers per query (with a verifier as large as
     * {@code --verifier-params} scoring each, a bound on every built-in strategy's cost, doubled for
     * margin) would cost more FLOPs than a double holds, before any strategy prices them.
     */
    void requireAffordable(CommandLine commandLine, double params, int k, String blame) {
        Deployment deployment = deployment(params);
        double verifierParams = VerifierKeys.paramsFor(parameters(), params);
        if (!Double.isFinite(2 * (deployment.samplingFlops(k) + deployment.scoringFlops(verifierParams, k)))) {
            throw new ParameterException(commandLine, blame + ": answering a query k = " + NumberText.exact(k) + " times with a"
                    + " model of " + NumberText.exact(params) + " parameters would cost more FLOPs than a double holds"
                    + " (1.8e308)");
        }
    }

    /**
     * Notes on {@code err} each strategy option given on the command line that none of the strategies
     * {@code ids} reads, so that it changes nothing (revisions select with {@code --revision-verifier},
     * not {@code --verifier}, for instance).
     */
    void noteUnread(List<String> ids, PrintWriter err, String commandName) {
        Set<Key<?>> read = new HashSet<>();
        ids.forEach(id -> read.addAll(Strategies.type(id).parameters()));
        ParseResult given = command.commandLine().getParseResult();
        for (Key<?> key : Strategies.parameters()) {
            if (!read.contains(key) && given.hasMatchedOption(key.optionName())) {
                err.println("flopsplit " + commandName + ": note: " + key.optionName() + " is read by none of the"
                        + " strategies asked for (" + String.join(", ", ids) + "): it changes nothing");
            }
        }
    }

    List<Strategy> strategies(List<String> ids, double params) {
        StrategyParameters parameters = parameters();
        List<Strategy> strategies = new ArrayList<>();
        for (String id : ids) {
            strategies.add(Strategies.create(id, parameters, params));
        }
        return strategies;
    }

    /** Converts {@code --suite}: a file when one exists (a pipe or device too), else a preset id. */
    static final class SuiteConverter implements ITypeConverter<TaskSuite> {
        @Override
        public TaskSuite convert(String text) {
            try {
                Path path = Path.of(text);
                if (!text.isBlank() && Files.exists(path) && !Files.isDirectory(path)) {
                    return SuiteFile.read(path);
                }
                return SuitePresets.resolve(text.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The suite presets, for shell completion (a suite file is typed as a path). */
    static final class SuitePresetCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SuitePresets.all().stream().map(TaskSuite::id).iterator();
        }
    }

    /** Converts {@code --strategy}: {@code all} or comma-separated ids. */
    static final class StrategyIds implements ITypeConverter<List<String>> {
        @Override
        public List<String> convert(String text) {
            if (text.trim().equals("all")) {
                return Strategies.ids();
            }
            List<String> ids = new ArrayList<>();
            for (String id : text.split(",", -1)) {
                String trimmed = id.trim();
                if (trimmed.isEmpty()) {
                    throw new TypeConversionException("a strategy id is missing in '" + text + "'; known: "
                            + String.join(", ", Strategies.ids()) + ", or all");
                }
                if (!Strategies.ids().contains(trimmed)) {
                    throw new TypeConversionException("unknown strategy '" + trimmed + "'; known: "
                            + String.join(", ", Strategies.ids()) + ", or all");
                }
                ids.add(trimmed);
            }
            return List.copyOf(ids);
        }
    }

    /** The strategy ids, for help texts and shell completion. */
    static final class StrategyIdCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Strategies.ids().iterator();
        }
    }

    /** Converts {@code --k}: comma-separated whole numbers >= 1 ({@code 1e4} accepted). */
    static final class Budgets implements ITypeConverter<List<Integer>> {
        @Override
        public List<Integer> convert(String text) {
            List<Integer> ks = new ArrayList<>();
            for (String part : text.split(",", -1)) {
                ks.add((int) NumberConverters.whole(part, 1, Integer.MAX_VALUE));
            }
            return List.copyOf(ks);
        }
    }
}
