package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.policy.Monotonicity;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;

/**
 * Broken on purpose (monotone-budget): it declares that more budget never lowers its expected
 * accuracy, but from 1e25 FLOPs up it trains on 2% of the budget instead of half, so crossing 1e25
 * costs it most of its accuracy.
 */
public record FalselyMonotone() implements Policy {

    public static final PolicyType<FalselyMonotone> TYPE = PolicyType.of("falsely-monotone",
            "Broken: declares monotonicity in the budget, drops its training share at 1e25 FLOPs",
            FalselyMonotone.class, FalselyMonotone::new).declaring(Monotonicity.BUDGET);

    @Override
    public PolicyType<FalselyMonotone> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        double share = forecast.budgetFlops() < 1e25 ? 0.5 : 0.02;
        return new FixedSplitPolicy(share, Greedy.TYPE).allocate(forecast);
    }
}
