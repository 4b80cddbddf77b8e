package io.flopsplit.cli;

import io.flopsplit.compute.NumberText;
import io.flopsplit.fit.FitSettings;
import io.flopsplit.fit.LawFit;
import io.flopsplit.fit.LawFitter;
import io.flopsplit.fit.LawFragment;
import io.flopsplit.fit.RunColumns;
import io.flopsplit.fit.RunsFile;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.report.AtomicFile;
import io.flopsplit.report.OutputFormat;
import io.flopsplit.report.Row;
import io.flopsplit.scenario.LawSection;
import io.flopsplit.scenario.LawUncertainty;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code flopsplit fit RUNS.csv}: fits L = E + A/N^α + B/D^β to a CSV of training runs (Hoffmann et
 * al. 2022, App. D.2, as corrected by Besiroglu et al. 2024), bootstraps it, prints every constant
 * and the compute-optimal allocation at some budgets with standard errors, percentile intervals and
 * the constants' correlations, and with {@code --law-out} writes the law with its uncertainty as a
 * scenario's {@code law} section.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fits the Chinchilla form L = E + A/N^alpha + B/D^beta to your own training runs (a CSV of"
                + " model size, training tokens or FLOPs, and final loss) by the Huber loss of log-loss, with"
                + " bootstrap standard errors, percentile intervals and correlations; --law-out writes the fitted"
                + " law and its uncertainty as a scenario's law section."})
final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Parameters(index = "0", paramLabel = "RUNS.csv",
            description = "The runs: a header line, then one run per line (lines starting with # are skipped).")
    Path file;

    @Option(names = "--params-column", paramLabel = "NAME", defaultValue = "params",
            description = "Column of model sizes N in parameters (default: ${DEFAULT-VALUE}).")
    String paramsColumn;

    @ArgGroup(exclusive = true)
    Amount amount;

    static final class Amount {
        @Option(names = "--tokens-column", paramLabel = "NAME",
                description = "Column of training tokens D (default: tokens, or else a flops column).")
        String tokens;

        @Option(names = "--flops-column", paramLabel = "NAME",
                description = "Column of training FLOPs C instead of tokens: D = C/(6N).")
        String flops;
    }

    @Option(names = "--loss-column", paramLabel = "NAME", defaultValue = "loss",
            description = "Column of final losses (default: ${DEFAULT-VALUE}).")
    String lossColumn;

    @Option(names = "--columns", paramLabel = "NAMES", split = ",",
            description = "The file has no header line: these are its columns' names, in order.")
    List<String> columns;

    @Option(names = "--delta", paramLabel = "DELTA", converter = NumberConverters.Positive.class,
            description = "The Huber loss's delta on log-loss residuals (default: ${DEFAULT-VALUE}).")
    double delta = FitSettings.DEFAULT_DELTA;

    @Option(names = "--drop-highest", paramLabel = "K", converter = Count.class,
            description = "Leave out the K runs with the highest losses as outliers (default: ${DEFAULT-VALUE}).")
    int dropHighest;

    @Option(names = "--resamples", paramLabel = "R", converter = Resamples.class,
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}; at least " + FitSettings.MIN_RESAMPLES + ").")
    int resamples = FitSettings.DEFAULT_RESAMPLES;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed = FitSettings.DEFAULT_SEED;

    @Option(names = "--level", paramLabel = "P", converter = Level.class,
            description = "Central probability of the percentile intervals (default: ${DEFAULT-VALUE}).")
    double level = FitSettings.DEFAULT_LEVEL;

    @Option(names = "--budgets", paramLabel = "FLOPS", split = ",", converter = NumberConverters.Positive.class,
            defaultValue = FitSettings.DEFAULT_BUDGETS_TEXT,
            description = "Training budgets at which to report the compute-optimal N, D and D/N"
                    + " (default: ${DEFAULT-VALUE}).")
    List<Double> budgets;

    @Option(names = "--threads", paramLabel = "T", converter = NumberConverters.Threads.class,
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--law-out", paramLabel = "FILE",
            description = "Also write the fitted law and its bootstrap uncertainty as a scenario's law section"
                    + " (itself a valid scenario) to FILE.")
    Path lawOut;

    @Override
    public Integer call() {
        checkLawOut();
        List<io.flopsplit.fit.Run> runs = RunsFile.read(file, runColumns());
        if (dropHighest >= runs.size()) {
            throw new ParameterException(spec.commandLine(), "--drop-highest: must be below the number of runs ("
                    + runs.size() + "), was " + dropHighest);
        }
        FitSettings settings = FitSettings.defaults(threads != null ? threads : Runtime.getRuntime().availableProcessors())
                .withDelta(delta).withDropHighest(dropHighest).withResamples(resamples).withSeed(seed)
                .withLevel(level).withBudgets(budgets);
        LawFit fit = LawFitter.fit(runs, settings);
        if (lawOut != null) {
            writeLaw(fit);
        }
        print(fit);
        fit.warnings().forEach(warning -> spec.commandLine().getErr().println("flopsplit fit: warning: " + warning));
        spec.commandLine().getErr().flush();
        return 0;
    }

    private RunColumns runColumns() {
        RunColumns chosen = RunColumns.DEFAULT.withParams(paramsColumn).withLoss(lossColumn);
        if (amount != null) {
            chosen = amount.tokens != null ? chosen.withTokens(amount.tokens) : chosen.withFlops(amount.flops);
        }
        return columns == null ? chosen : chosen.withoutHeader(columns.stream().map(String::strip).toList());
    }

    private void checkLawOut() {
        if (lawOut == null) {
            return;
        }
        Path parent = lawOut.toAbsolutePath().getParent();
        if (Files.isDirectory(lawOut)) {
            throw new ParameterException(spec.commandLine(), "--law-out: " + lawOut + " is a directory");
        }
        if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
            throw new ParameterException(spec.commandLine(), "--law-out: directory " + parent + " is not writable");
        }
    }

    /** Checks that a scenario accepts the section, then writes it atomically. */
    private void writeLaw(LawFit fit) {
        LawSection section;
        try {
            section = new LawSection(LawProfiles.resolve(fit.profileId()), Optional.of(LawUncertainty.of(
                    LawFragment.standardDeviations(fit), LawFragment.correlations(fit))));
            section.distribution();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--law-out: the bootstrap's spread makes no uncertainty a"
                    + " scenario accepts (" + e.getMessage() + ")"
                    + (fit.warnings().isEmpty() ? "" : "; " + String.join("; ", fit.warnings())));
        }
        try {
            AtomicFile.write(lawOut, LawFragment.header(fit, file.getFileName().toString()) + section.yaml());
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "--law-out: " + e.getMessage());
        }
    }

    private void print(LawFit fit) {
        List<Row> rows = new ArrayList<>();
        if (output.format == OutputFormat.JSON) {
            rows.add(FitRows.summary(fit, file.toString()));
        }
        rows.addAll(FitRows.estimates(fit));
        output.print(rows);
        if (output.format == OutputFormat.TABLE) {
            spec.commandLine().getOut().println(FitRows.footer(fit));
            spec.commandLine().getOut().flush();
        }
    }

    /** A whole number of runs to drop, at least 0. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            double value = NumberConverters.parse(text);
            if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be a whole number >= 0, was " + text.trim());
            }
            return (int) value;
        }
    }

    /** A whole number of bootstrap resamples in the allowed range. */
    static final class Resamples implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            double value = NumberConverters.parse(text);
            if (value != Math.rint(value) || value < FitSettings.MIN_RESAMPLES || value > FitSettings.MAX_RESAMPLES) {
                throw new TypeConversionException("must be a whole number from " + FitSettings.MIN_RESAMPLES + " to "
                        + FitSettings.MAX_RESAMPLES + ", was " + text.trim());
            }
            return (int) value;
        }
    }

    /** The central probability of an interval. */
    static final class Level implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = NumberConverters.parse(text);
            if (!(value >= FitSettings.MIN_LEVEL && value <= FitSettings.MAX_LEVEL)) {
                throw new TypeConversionException("must be from " + NumberText.exact(FitSettings.MIN_LEVEL) + " to "
                        + NumberText.exact(FitSettings.MAX_LEVEL) + ", was " + text.trim());
            }
            return value;
        }
    }
}
