package io.flopsplit.cli;

import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.Plan;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.report.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code flopsplit test-time}: expected accuracy and FLOPs per query of each test-time strategy at
 * each budget k, for a model of N parameters trained on D tokens, on a task suite.
 * Every row is computed before anything is printed.
 */
@Command(name = "test-time", mixinStandardHelpOptions = true, modelTransformer = KeyOptions.class,
        defaultValueProvider = SectionDefaults.class,
        description = {"Accuracy and FLOPs per query of test-time strategies (best-of-k, majority vote, search,"
                + " revisions, adaptive, ...) at budgets k, for a model of N parameters trained on D tokens."})
final class TestTimeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions output;

    @Mixin
    PlotOptions plot;

    @Mixin
    TestTimeOptions options;

    @Option(names = "--law", paramLabel = "ID", defaultValue = "chinchilla", converter = LawChoice.Converter.class,
            completionCandidates = LawChoice.Candidates.class,
            description = "Loss law (default chinchilla, the law the presets are calibrated under); see 'flopsplit laws'.")
    LawChoice laws;

    @Option(names = "--params", required = true, paramLabel = "N", converter = NumberConverters.AtLeastOne.class,
            description = "Model size in parameters, e.g. 8e9.")
    double params;

    @Option(names = "--tokens", required = true, paramLabel = "D", converter = NumberConverters.AtLeastOne.class,
            description = "Training tokens, e.g. 15e12.")
    double tokens;

    @Option(names = "--strategy", paramLabel = "S[,S...]", defaultValue = "all", converter = TestTimeOptions.StrategyIds.class,
            completionCandidates = TestTimeOptions.StrategyIdCandidates.class,
            description = "Strategies: all (default) or ids among ${COMPLETION-CANDIDATES}.")
    List<String> strategyIds;

    @Option(names = "--k", paramLabel = "K[,K...]", defaultValue = "1,10,100,1000,10000",
            converter = TestTimeOptions.Budgets.class,
            description = "Budgets k (samples, candidates per step, revisions, length multiplier): whole numbers"
                    + " >= 1. Default 1,10,100,1000,10000. Rows beyond a strategy's largest k (greedy 1, chain-of-thought"
                    + " 64, beam search 256, others 1e5) are left out, with a note.")
    List<Integer> ks;

    @Override
    public Integer call() {
        List<Row> rows = new ArrayList<>();
        Map<Strategy, List<Integer>> skipped = new LinkedHashMap<>();
        for (LawProfile profile : laws.profiles()) {
            double loss = profile.law().loss(params, tokens);
            Setting setting = new Setting(options.suite, loss, options.deployment(params));
            ks.forEach(k -> options.requireAffordable(spec.commandLine(), params, k,
                    "--params, --verifier-params, --prompt-tokens, --answer-tokens, --k"));
            for (Strategy strategy : options.strategies(strategyIds, params)) {
                for (int k : ks) {
                    if (k > strategy.maxK()) {
                        skipped.computeIfAbsent(strategy, s -> new ArrayList<>()).add(k);
                        continue;
                    }
                    rows.add(row(profile, setting, affordable(strategy.plan(setting, k))));
                }
            }
        }
        plot.draw(() -> TestTimeFigures.testTime(rows));
        output.print(rows);
        options.noteUnread(strategyIds, spec.commandLine().getErr(), "test-time");
        skipped.forEach((strategy, ks) -> spec.commandLine().getErr().println("flopsplit test-time: note: "
                + strategy.id() + " is modelled up to k = " + strategy.maxK() + "; its rows for k = "
                + ks.stream().distinct().map(String::valueOf).collect(Collectors.joining(",")) + " are left out"));
        return 0;
    }

    /** A plan whose FLOPs per query are beyond the range of doubles is refused, naming what drives them. */
    private Plan affordable(Plan plan) {
        if (!Double.isFinite(plan.flopsPerQuery())) {
            throw new ParameterException(spec.commandLine(), "--params, --verifier-params, --prompt-tokens,"
                    + " --answer-tokens, --k: " + plan.strategy() + " at k = " + plan.k()
                    + " costs more FLOPs per query than a double holds (1.8e308)");
        }
        return plan;
    }

    private Row row(LawProfile profile, Setting setting, Plan plan) {
        double loss = setting.loss();
        Row row = new Row().text("law", profile.id()).text("suite", options.suite.id())
                .number("params", params).number("tokens", tokens).number("loss", loss)
                .text("strategy", plan.strategy()).number("k", plan.k())
                .number("accuracy", plan.accuracy(setting.problems()))
                .number("flopsPerQuery", plan.flopsPerQuery());
        if (Adaptive.labels(plan.strategy())) {
            row.text("choice", plan.describe());
        }
        return row;
    }
}
