package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * What {@link StrategyType#selectsAmongSamples()} promises, checked for every strategy that declares
 * it, with default parameters, on every task-suite preset, from hard to easy (pretraining losses
 * 1.5–3.0) and k from 1 to 1000: at the same k, its FLOPs per query are at least the perfect
 * checker's and its expected accuracy over the suite at most the perfect checker's (pass@k, Brown et
 * al. 2024, arXiv 2407.21787: coverage bounds every selection from the same samples). The oracle policy
 * leaves these strategies unsearched on the strength of it. The check is shown to fail on a plan that
 * claims more than pass@k and on one that costs less than its samples.
 */
class SelectsAmongSamplesTest {

    private static final double PARAMS = 8e9;
    private static final double[] LOSSES = {1.5, 1.8, 2.2, 3.0};
    private static final int[] KS = {1, 2, 3, 8, 11, 64, 362, 1000};
    /** Room for rounding in exact expectations (pass@1 against greedy's p). */
    private static final double ROUNDING = 1e-12;

    @Test
    void everyDeclaringStrategyIsBoundedByThePerfectChecker() {
        List<StrategyType> declaring = Strategies.types().stream().filter(StrategyType::selectsAmongSamples).toList();
        assertEquals(List.of(Greedy.ID, BestOfKVerifier.ID, WeightedBestOfK.ID, MajorityVote.ID),
                declaring.stream().map(StrategyType::id).toList());
        assertFalse(BestOfKOracle.TYPE.selectsAmongSamples(), "the bound itself must be searched");
        List<String> violations = new ArrayList<>();
        for (StrategyType type : declaring) {
            Strategy strategy = type.create(StrategyParameters.defaults(), PARAMS);
            violations.addAll(violations(type.id(), strategy.maxK(), setting -> k -> strategy.plan(setting, k)));
        }
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }

    @Test
    void theCheckCatchesAPlanClaimingMoreThanPassAtK() {
        List<String> violations = violations("overclaiming", Strategy.MAX_SAMPLES,
                setting -> k -> scaled(perfectChecker().plan(setting, k), 1.02, 1));
        assertFalse(violations.isEmpty());
        assertTrue(violations.get(0).contains("accuracy"), violations.get(0));
    }

    @Test
    void theCheckCatchesAPlanCheaperThanItsSamples() {
        List<String> violations = violations("cut-price", Strategy.MAX_SAMPLES,
                setting -> k -> scaled(perfectChecker().plan(setting, k), 1, 0.5));
        assertFalse(violations.isEmpty());
        assertTrue(violations.get(0).contains("FLOPs"), violations.get(0));
    }

    private static Strategy perfectChecker() {
        return BestOfKOracle.TYPE.create(StrategyParameters.defaults(), PARAMS);
    }

    /** Where the strategy's plans break the promise: suite by suite, loss by loss, k by k. */
    private static List<String> violations(String id, int maxK, java.util.function.Function<Setting, IntFunction<Plan>> plans) {
        List<String> found = new ArrayList<>();
        Strategy bound = perfectChecker();
        for (TaskSuite suite : SuitePresets.all()) {
            for (double loss : LOSSES) {
                Setting setting = new Setting(suite, loss, TestDeployments.of(PARAMS));
                IntFunction<Plan> candidate = plans.apply(setting);
                for (int k : KS) {
                    if (k > maxK) {
                        continue;
                    }
                    Plan plan = candidate.apply(k);
                    Plan checker = bound.plan(setting, k);
                    String where = id + " on " + suite.id() + " at loss " + loss + ", k = " + k + ": ";
                    if (plan.flopsPerQuery() < checker.flopsPerQuery()) {
                        found.add(where + "FLOPs per query " + plan.flopsPerQuery() + " < the samples' "
                                + checker.flopsPerQuery());
                    }
                    double accuracy = plan.accuracy(setting.problems());
                    double coverage = checker.accuracy(setting.problems());
                    if (accuracy > coverage + ROUNDING) {
                        found.add(where + "accuracy " + accuracy + " > pass@k " + coverage);
                    }
                }
            }
        }
        return found;
    }

    /** A broken plan: {@code plan}'s success times {@code success} (at most 1), its FLOPs times {@code flops}. */
    private static Plan scaled(Plan plan, double success, double flops) {
        return new Plan() {
            @Override
            public String strategy() {
                return "broken";
            }

            @Override
            public int k() {
                return plan.k();
            }

            @Override
            public double flopsPerQuery() {
                return plan.flopsPerQuery() * flops;
            }

            @Override
            public double successProbability(Problem problem) {
                return Math.min(1, plan.successProbability(problem) * success);
            }

            @Override
            public Outcome sample(Problem problem, QueryStreams streams) {
                throw new UnsupportedOperationException("expectations only");
            }
        };
    }
}
