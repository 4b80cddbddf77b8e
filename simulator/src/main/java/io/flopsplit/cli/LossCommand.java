package io.flopsplit.cli;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.report.Row;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code flopsplit loss}: the pretraining loss of a model of N parameters trained on D tokens. */
@Command(name = "loss", mixinStandardHelpOptions = true,
        description = "Pretraining loss (nats/token) of a model of N parameters trained on D tokens.")
final class LossCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    PlotOptions plot;

    @Option(names = "--law", paramLabel = "ID", defaultValue = "all", converter = LawChoice.Converter.class,
            completionCandidates = LawChoice.Candidates.class,
            description = LawChoice.HELP)
    LawChoice laws;

    @Option(names = "--params", required = true, paramLabel = "N", converter = NumberConverters.AtLeastOne.class,
            description = "Model size in parameters, e.g. 70e9.")
    double params;

    @Option(names = "--tokens", required = true, paramLabel = "D", converter = NumberConverters.AtLeastOne.class,
            description = "Training tokens, e.g. 1.4e12.")
    double tokens;

    @Option(names = "--unique-tokens", paramLabel = "U", converter = NumberConverters.AtLeastOne.class,
            description = "Unique tokens in the training data; repeated epochs are worth less"
                    + " (Muennighoff et al. 2023). Default: every token is fresh.")
    Double uniqueTokens;

    @Override
    public Integer call() {
        List<Row> rows = laws.profiles().stream().map(this::row).toList();
        plot.draw(() -> LawFigures.of("loss", laws.profiles(), uniqueTokens, rows));
        output.print(rows);
        return 0;
    }

    private Row row(LawProfile profile) {
        Row row = new Row().text("law", profile.id()).number("params", params).number("tokens", tokens);
        double loss;
        if (uniqueTokens == null) {
            loss = profile.law().loss(params, tokens);
        } else {
            row.number("uniqueTokens", uniqueTokens);
            loss = profile.law().loss(params, tokens, uniqueTokens);
        }
        double trainingFlops = ComputeConvention.STANDARD.trainingFlops(params, tokens);
        if (!Double.isFinite(trainingFlops)) {
            throw new ParameterException(spec.commandLine(), "--params, --tokens: training " + Checks.show(params)
                    + " parameters on " + Checks.show(tokens) + " tokens costs more FLOPs than a double holds (1.8e308)");
        }
        if (!Double.isFinite(loss)) {
            throw new ParameterException(spec.commandLine(), "--law: the loss under " + profile.id()
                    + " is beyond the range of doubles for this model");
        }
        return row.number("loss", loss).number("trainingFlops", trainingFlops);
    }
}
