package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.flopsplit.ReRunHint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ReRunHint.class)
class AdaptiveProperties {

    /**
     * Whatever the budget, probe count and budget rule, a plan spends at most its budget on average,
     * estimate included — on every query under the per-query rule — and its accuracy is a probability.
     */
    @Test
    void aPlanSpendsAtMostItsBudgetEstimateIncluded() {
        List<Strategy> menu = List.of(new MajorityVote(), new BestOfKOracle());
        qt().withExamples(60).forAll(integers().between(1, 4096), integers().between(1, 256), integers().between(1, 8))
                .checkAssert((k, probes, bins) -> {
                    for (DifficultyEstimate estimate : DifficultyEstimate.values()) {
                        for (AdaptiveBudget rule : AdaptiveBudget.values()) {
                            Adaptive adaptive = new Adaptive(estimate, probes, bins, AdaptiveEstimateTest.VERIFIER,
                                    menu, rule);
                            Plan plan = adaptive.plan(AdaptiveEstimateTest.SETTING, k);
                            double budget = AdaptiveEstimateTest.SETTING.deployment().samplingFlops(k);
                            double accuracy = plan.accuracy(AdaptiveEstimateTest.SETTING.problems());
                            double spent = rule == AdaptiveBudget.PER_QUERY && plan instanceof AdaptivePlan binned
                                    ? binned.costliestQuery() : plan.flopsPerQuery();
                            assertTrue(spent <= budget * (1 + 1e-9), rule + " " + plan.describe() + " spends " + spent
                                    + " of " + budget);
                            assertTrue(accuracy >= 0 && accuracy <= 1, plan.describe() + ": " + accuracy);
                        }
                    }
                });
    }
}
