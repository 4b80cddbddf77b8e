package io.flopsplit.policy;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.scenario.Worlds;

/** Forecasts the policy tests share: a budget, a demand and every other scenario key at its default, under a published law. */
final class PolicyFixtures {

    private PolicyFixtures() {
    }

    /** {@code budget} FLOPs, {@code queries} real queries, the scenario defaults otherwise, {@code law}. */
    static Forecast forecast(double budget, double queries, String law) {
        return Worlds.example(budget, queries).belief().withLaw(LawProfiles.resolve(law).law());
    }
}
