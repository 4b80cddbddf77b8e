package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.TaskSuite;
import java.util.ArrayList;
import java.util.List;

/**
 * Snell et al. 2024 (arXiv 2408.03314, §7, Fig. 9): does a small model spending the FLOPs-matched
 * extra compute at test time beat a model M times larger trained on the same tokens? The small
 * model's budget per query is {@link FlopsMatch#inferenceMultiplier} times its own single answer,
 * 2·N·(τ_in + τ_out); each strategy gets the largest k that fits. Problems are binned into
 * quintiles of the small model's pass@1, as Snell et al. bin questions.
 */
public final class MatchComparison {

    /** Difficulty bins: quintiles, as Snell et al. 2024 §3.2. */
    public static final int BINS = 5;
    private MatchComparison() {
    }

    /** The comparison, one result per strategy and bin (bins 1..5, then all). */
    public static List<MatchResult> compare(LossSurface law, double params, double tokens, TaskSuite suite,
            Deployment deployment, FlopsMatch match, List<Strategy> strategies) {
        Checks.positive("params", params);
        Checks.positive("tokens", tokens);
        Deployment small = deployment.withParams(params);
        Setting setting = new Setting(suite, law.loss(params, tokens), small);
        ProblemSet large = suite.problemsAt(law.loss(match.sizeRatio() * params, tokens));
        double budget = match.inferenceMultiplier() * small.singleAnswerFlops();
        double largeFlops = small.withParams(match.sizeRatio() * params).singleAnswerFlops();
        int[] bins = setting.problems().binsByPassAt1(BINS);
        List<MatchResult> results = new ArrayList<>();
        for (Strategy strategy : strategies) {
            int k = matchedK(strategy, small, budget);
            Plan plan = strategy.plan(setting, k);
            double[] success = new double[bins.length];
            for (int i = 0; i < success.length; i++) {
                success[i] = plan.successProbability(setting.problems().problem(i));
            }
            for (int bin = 1; bin <= BINS + 1; bin++) {
                results.add(result(plan, success, setting.problems(), large, bins, bin, budget, largeFlops));
            }
        }
        return results;
    }

    /** The largest k whose FLOPs per query fit within {@code budget} (1 if none does). */
    public static int matchedK(Strategy strategy, Deployment deployment, double budget) {
        return Math.max(1, strategy.largestAffordableK(deployment, flops -> flops <= budget, Integer.MAX_VALUE));
    }

    private static MatchResult result(Plan plan, double[] success, ProblemSet small, ProblemSet large, int[] bins, int bin,
            double budget, double largeFlops) {
        double weight = 0;
        double passAt1 = 0;
        double smallAccuracy = 0;
        double largeAccuracy = 0;
        for (int i = 0; i < small.size(); i++) {
            if (bin <= BINS && bins[i] != bin) {
                continue;
            }
            double w = small.weight(i);
            weight += w;
            passAt1 += w * small.problem(i).passAt1();
            smallAccuracy += w * success[i];
            largeAccuracy += w * large.problem(i).passAt1();
        }
        String label = bin <= BINS ? Integer.toString(bin) : "all";
        return new MatchResult(plan.strategy(), label, plan.k(), plan.flopsPerQuery(), budget, largeFlops,
                passAt1 / weight, smallAccuracy / weight, largeAccuracy / weight);
    }
}
