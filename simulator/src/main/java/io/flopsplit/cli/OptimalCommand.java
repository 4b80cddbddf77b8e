package io.flopsplit.cli;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.optimum.ComputeOptimal;
import io.flopsplit.optimum.InfeasibleTargetException;
import io.flopsplit.optimum.LifetimeComparison;
import io.flopsplit.optimum.LifetimeOptimum;
import io.flopsplit.optimum.ModelPlan;
import io.flopsplit.optimum.TargetLoss;
import io.flopsplit.report.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code flopsplit optimal}: the compute-optimal model for a training budget, or the cheapest model
 * for a target loss, optionally serving a lifetime inference demand (Sardana et al. 2024) or at a
 * given size. Every row is computed before anything is printed, so an error leaves no partial table.
 */
@Command(name = "optimal", mixinStandardHelpOptions = true,
        description = {"Compute-optimal model for a training budget (--budget), or the cheapest model that"
                + " reaches a target loss (--target-loss), optionally serving --inference-tokens over its"
                + " lifetime or at a fixed size (--params)."})
final class OptimalCommand implements Callable<Integer> {

    private static final ComputeConvention CONVENTION = ComputeConvention.STANDARD;

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

    @ArgGroup(exclusive = true, multiplicity = "1")
    Goal goal;

    static final class Goal {
        @Option(names = "--budget", paramLabel = "FLOPS", converter = NumberConverters.Positive.class,
                description = "Training budget in FLOPs (C = 6·N·D), e.g. 1e24.")
        Double budget;

        @Option(names = "--target-loss", paramLabel = "LOSS", converter = NumberConverters.Positive.class,
                description = "Target pretraining loss (nats/token), e.g. 2.0.")
        Double targetLoss;
    }

    @Option(names = "--inference-tokens", paramLabel = "T", converter = NumberConverters.NonNegative.class,
            description = "Lifetime inference demand in tokens (with --target-loss): minimise training plus"
                    + " inference FLOPs, and compare with the cheapest-to-train model serving the same demand.")
    Double inferenceTokens;

    @Option(names = "--params", paramLabel = "N", converter = NumberConverters.AtLeastOne.class,
            description = "Fixed model size (with --target-loss): report the tokens it needs.")
    Double params;

    @Option(names = "--unique-tokens", paramLabel = "U", converter = NumberConverters.AtLeastOne.class,
            description = "Unique tokens available; repeated epochs are worth less (Muennighoff et al. 2023)."
                    + " Solved numerically.")
    Double uniqueTokens;

    @Override
    public Integer call() {
        if (goal.budget != null && (inferenceTokens != null || params != null)) {
            String option = inferenceTokens != null ? "--inference-tokens" : "--params";
            throw new ParameterException(spec.commandLine(), option + ": goes with --target-loss, not --budget");
        }
        List<Row> rows = new ArrayList<>();
        for (LawProfile profile : laws.profiles()) {
            rows.add(solve(profile));
        }
        plot.draw(() -> LawFigures.of("optimal", laws.profiles(), uniqueTokens, rows));
        output.print(rows);
        return 0;
    }

    private Row solve(LawProfile profile) {
        LossSurface surface = uniqueTokens == null ? profile.law() : profile.law().withUniqueTokens(uniqueTokens);
        try {
            if (goal.budget != null) {
                return budgetRow(profile, ComputeOptimal.forRequestedBudget(surface, goal.budget, CONVENTION));
            }
            return targetRow(profile, surface);
        } catch (InfeasibleTargetException e) {
            throw new ParameterException(spec.commandLine(), optionOf(e) + ": " + e.getMessage()
                    + (laws.profiles().size() > 1 ? " (law " + profile.id() + ")" : ""));
        }
    }

    private Row targetRow(LawProfile profile, LossSurface surface) {
        double demand = inferenceTokens == null ? 0 : inferenceTokens;
        if (params == null) {
            LifetimeComparison comparison = LifetimeOptimum.compare(surface, goal.targetLoss, demand, CONVENTION);
            return withReference(planRow(profile, comparison.optimum()), comparison);
        }
        ModelPlan plan = TargetLoss.planFor(surface, params, goal.targetLoss, demand, CONVENTION);
        if (inferenceTokens == null) {
            return planRow(profile, plan);
        }
        ModelPlan reference = LifetimeOptimum.reference(surface, goal.targetLoss, demand, CONVENTION);
        return withReference(planRow(profile, plan), new LifetimeComparison(plan, reference));
    }

    private Row budgetRow(LawProfile profile, ModelPlan plan) {
        return planRow(profile, plan).number("budget", goal.budget);
    }

    private Row planRow(LawProfile profile, ModelPlan plan) {
        Row row = new Row().text("law", profile.id());
        if (uniqueTokens != null) {
            row.number("uniqueTokens", uniqueTokens);
        }
        return row.number("params", plan.params())
                .number("tokens", plan.tokens())
                .number("loss", plan.loss())
                .number("tokensPerParam", plan.tokensPerParam())
                .number("trainingFlops", plan.trainingFlops())
                .number("inferenceTokens", plan.inferenceTokens())
                .number("inferenceFlops", plan.inferenceFlops())
                .number("totalFlops", plan.totalFlops());
    }

    private Row withReference(Row row, LifetimeComparison comparison) {
        if (inferenceTokens == null) {
            return row;
        }
        ModelPlan reference = comparison.reference();
        return row.number("referenceParams", reference.params())
                .number("referenceTokens", reference.tokens())
                .number("referenceTotalFlops", reference.totalFlops())
                .number("savingFraction", comparison.savingFraction());
    }

    private static String optionOf(InfeasibleTargetException e) {
        return switch (e.quantity()) {
            case TARGET_LOSS -> "--target-loss";
            case PARAMS -> "--params";
            case BUDGET -> "--budget";
            case INFERENCE_TOKENS -> "--inference-tokens";
        };
    }
}
