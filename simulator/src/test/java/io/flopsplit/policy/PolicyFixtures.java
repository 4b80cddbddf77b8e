package io.flopsplit.policy;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.tasks.SuitePresets;

/** Forecasts the policy tests share: a budget, a demand and the math-like suite under a published law. */
final class PolicyFixtures {

    private PolicyFixtures() {
    }

    /** {@code budget} FLOPs, {@code queries} real queries of 200 + 280 tokens, 1e13 unique tokens, {@code law}. */
    static Forecast forecast(double budget, double queries, String law) {
        return new Forecast(budget, LawProfiles.resolve(law).law(), DataPool.ofUnique(1e13), SelectionOptions.DEFAULTS,
                SuitePresets.resolve("math-like"), queries, 200, 280, StrategyParameters.DEFAULTS,
                ComputeConvention.STANDARD);
    }
}
