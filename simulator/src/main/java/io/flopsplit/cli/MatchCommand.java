package io.flopsplit.cli;

import io.flopsplit.compute.Checks;
import io.flopsplit.inference.FlopsMatch;
import io.flopsplit.inference.MatchComparison;
import io.flopsplit.inference.MatchResult;
import io.flopsplit.inference.Strategy;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.report.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code flopsplit match}: the FLOPs-matched comparison of Snell et al. 2024 (arXiv 2408.03314, §7):
 * a model M times larger trained on the same tokens, against this model spending the matched extra
 * FLOPs at test time, with inference budget multiplier M + 3(M − 1)/R. One row per strategy and
 * difficulty bin (quintiles of this model's pass@1, 1 = easiest, plus all).
 */
@Command(name = "match", mixinStandardHelpOptions = true, modelTransformer = KeyOptions.class,
        defaultValueProvider = SectionDefaults.class,
        description = {"FLOPs-matched comparison (Snell et al. 2024, §7): a model M× larger trained on the same"
                + " tokens vs this model spending the matched FLOPs at test time, per difficulty quintile."})
final class MatchCommand implements Callable<Integer> {

    static final String DEFAULT_STRATEGIES = "best-of-k-verifier,majority-vote,beam-search,revisions,adaptive";

    @Mixin
    OutputOptions output;

    @Mixin
    PlotOptions plot;

    @Mixin
    TestTimeOptions options;

    @Option(names = "--law", paramLabel = "ID", defaultValue = "chinchilla", converter = LawChoice.Converter.class,
            completionCandidates = LawChoice.Candidates.class,
            description = "Loss law (default chinchilla); see 'flopsplit laws'.")
    LawChoice laws;

    @Option(names = "--params", required = true, paramLabel = "N", converter = NumberConverters.AtLeastOne.class,
            description = "Size of the small model in parameters, e.g. 8e9.")
    double params;

    @Option(names = "--tokens", required = true, paramLabel = "D", converter = NumberConverters.AtLeastOne.class,
            description = "Training tokens of both models, e.g. 15e12.")
    double tokens;

    @Option(names = "--size-ratio", required = true, paramLabel = "M", converter = NumberConverters.AtLeastOne.class,
            description = "How many times larger the large model is (M >= 1), e.g. 14.")
    double sizeRatio;

    @Option(names = "--inference-ratio", required = true, paramLabel = "R", converter = NumberConverters.Positive.class,
            description = "R = inference tokens / pretraining tokens, e.g. 0.16.")
    double inferenceRatio;

    @Option(names = "--strategy", paramLabel = "S[,S...]", defaultValue = DEFAULT_STRATEGIES,
            converter = TestTimeOptions.StrategyIds.class, completionCandidates = TestTimeOptions.StrategyIdCandidates.class,
            description = "Strategies of the small model, among ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}; or all).")
    List<String> strategyIds;

    @Override
    public Integer call() {
        if (!Double.isFinite(sizeRatio * params)) {
            throw new ParameterException(output.spec.commandLine(), "--size-ratio: a model " + Checks.show(sizeRatio)
                    + " times larger than " + Checks.show(params) + " parameters has more parameters than a double"
                    + " holds (1.8e308)");
        }
        FlopsMatch match = new FlopsMatch(sizeRatio, inferenceRatio);
        options.requireAffordable(output.spec.commandLine(), sizeRatio * params, Strategy.MAX_SAMPLES,
                "--params, --size-ratio, --verifier-params, --prompt-tokens, --answer-tokens");
        List<Row> rows = new ArrayList<>();
        for (LawProfile profile : laws.profiles()) {
            List<MatchResult> results = MatchComparison.compare(profile.law(), params, tokens, options.suite,
                    options.deployment(params), match, options.strategies(strategyIds, params));
            for (MatchResult result : results) {
                requireFinite(result);
                rows.add(row(profile, match, result));
            }
        }
        plot.draw(() -> TestTimeFigures.match(rows));
        output.print(rows);
        options.noteUnread(strategyIds, output.spec.commandLine().getErr(), "match");
        return 0;
    }

    /** FLOPs beyond the range of doubles are refused, naming the options that drive them. */
    private void requireFinite(MatchResult result) {
        if (!Double.isFinite(result.smallFlopsPerQuery() + result.matchedFlopsPerQuery() + result.largeFlopsPerQuery())) {
            throw new ParameterException(output.spec.commandLine(), "--params, --size-ratio, --inference-ratio,"
                    + " --prompt-tokens, --answer-tokens: the matched FLOPs per query of " + result.strategy()
                    + " are more than a double holds (1.8e308)");
        }
    }

    private Row row(LawProfile profile, FlopsMatch match, MatchResult result) {
        return new Row().text("law", profile.id()).text("suite", options.suite.id())
                .number("sizeRatio", match.sizeRatio()).number("inferenceRatio", match.inferenceRatio())
                .number("inferenceMultiplier", match.inferenceMultiplier())
                .text("strategy", result.strategy()).text("difficultyBin", result.difficultyBin())
                .number("k", result.k())
                .number("smallPassAt1", result.smallPassAt1())
                .number("smallAccuracy", result.smallAccuracy())
                .number("largeAccuracy", result.largeAccuracy())
                .number("smallFlopsPerQuery", result.smallFlopsPerQuery())
                .number("matchedFlopsPerQuery", result.matchedFlopsPerQuery())
                .number("largeFlopsPerQuery", result.largeFlopsPerQuery());
    }
}
