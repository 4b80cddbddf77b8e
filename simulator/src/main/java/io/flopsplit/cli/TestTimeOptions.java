package io.flopsplit.cli;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.NumberText;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.tasks.SuiteFile;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** The options {@code test-time} and {@code match} share: the suite, the deployment and the strategies' parameters. */
final class TestTimeOptions {

    @Option(names = "--suite", paramLabel = "PRESET|FILE", defaultValue = "math-like", converter = SuiteConverter.class,
            description = "Task suite: a preset (math-like, narrow) or a YAML suite file. Default: math-like.")
    TaskSuite suite;

    @Option(names = "--prompt-tokens", paramLabel = "T", defaultValue = "200", converter = NumberConverters.NonNegative.class,
            description = "Prompt tokens per query (default 200).")
    double promptTokens;

    @Option(names = "--answer-tokens", paramLabel = "T", defaultValue = "280", converter = NumberConverters.Positive.class,
            description = "Tokens per answer (default 280, what Wu et al. 2024's MATH FLOPs imply).")
    double answerTokens;

    @Option(names = "--verifier-auc", paramLabel = "AUC", defaultValue = "0.8", converter = Auc.class,
            description = "AUC of best-of-k's learned verifier, in (0.5, 1] (default 0.8).")
    double verifierAuc;

    @Option(names = "--verifier-params", paramLabel = "N", converter = NumberConverters.AtLeastOne.class,
            description = "Size of the verifier and process reward model (default: the answering model's).")
    Double verifierParams;

    @Option(names = "--prm-auc", paramLabel = "AUC", defaultValue = "0.8", converter = Auc.class,
            description = "Per-step AUC of beam search's process reward model, in (0.5, 1] (default 0.8).")
    double prmAuc;

    @Option(names = "--steps", paramLabel = "S", defaultValue = "5", converter = NumberConverters.PositiveInt.class,
            description = "Beam search: steps per solution (5).")
    int steps;

    @Option(names = "--branching", paramLabel = "B", defaultValue = "4", converter = NumberConverters.PositiveInt.class,
            description = "Beam search: children per beam (4).")
    int branching;

    @Option(names = "--cot-boost", paramLabel = "K", defaultValue = "0.3", converter = NumberConverters.NonNegative.class,
            description = "Chain-of-thought: ability gained per doubling of answer length (0.3).")
    double cotBoost;

    @Option(names = "--cot-max-boost", paramLabel = "K", defaultValue = "1", converter = NumberConverters.NonNegative.class,
            description = "Chain-of-thought: cap on the ability gain (1).")
    double cotMaxBoost;

    @Option(names = "--fix-rate", paramLabel = "P", defaultValue = "0.5", converter = Probability.class,
            description = "Revisions: chance a revision fixes a wrong answer, relative to pass@1, in [0, 1] (0.5).")
    double fixRate;

    @Option(names = "--break-rate", paramLabel = "P", defaultValue = "0.05", converter = Probability.class,
            description = "Revisions: chance a revision breaks a right answer, in [0, 1] (0.05).")
    double breakRate;

    @Option(names = "--difficulty-noise", paramLabel = "SD", defaultValue = "0.5", converter = NumberConverters.NonNegative.class,
            description = "Adaptive: standard deviation of the difficulty estimate (0.5; 0 = oracle difficulty).")
    double difficultyNoise;

    StrategyParameters parameters() {
        return new StrategyParameters(verifierAuc, verifierParams == null ? Double.NaN : verifierParams, prmAuc, steps,
                branching, cotBoost, cotMaxBoost, fixRate, breakRate, difficultyNoise, 5);
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
        double verifierParams = parameters().verifierParamsFor(params);
        if (!Double.isFinite(2 * (deployment.samplingFlops(k) + deployment.scoringFlops(verifierParams, k)))) {
            throw new ParameterException(commandLine, blame + ": answering a query k = " + NumberText.exact(k) + " times with a"
                    + " model of " + NumberText.exact(params) + " parameters would cost more FLOPs than a double holds"
                    + " (1.8e308)");
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

    /** Converts {@code --strategy}: {@code all} or comma-separated ids. */
    static final class StrategyIds implements ITypeConverter<List<String>> {
        @Override
        public List<String> convert(String text) {
            if (text.trim().equals("all")) {
                return Strategies.IDS;
            }
            List<String> ids = new ArrayList<>();
            for (String id : text.split(",", -1)) {
                String trimmed = id.trim();
                if (trimmed.isEmpty()) {
                    throw new TypeConversionException("a strategy id is missing in '" + text + "'; known: "
                            + String.join(", ", Strategies.IDS) + ", or all");
                }
                if (!Strategies.IDS.contains(trimmed)) {
                    throw new TypeConversionException("unknown strategy '" + trimmed + "'; known: "
                            + String.join(", ", Strategies.IDS) + ", or all");
                }
                ids.add(trimmed);
            }
            return List.copyOf(ids);
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

    /** An AUC in (0.5, 1]. */
    static final class Auc implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = NumberConverters.parse(text);
            if (!(value > 0.5 && value <= 1)) {
                throw new TypeConversionException("must be in (0.5, 1], was " + Checks.show(value));
            }
            return value;
        }
    }

    /** A probability in [0, 1]. */
    static final class Probability implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = NumberConverters.parse(text);
            if (!(value >= 0 && value <= 1)) {
                throw new TypeConversionException("must be a probability in [0, 1], was " + Checks.show(value));
            }
            return value;
        }
    }
}
