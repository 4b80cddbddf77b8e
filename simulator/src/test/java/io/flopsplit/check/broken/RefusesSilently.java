package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;

/**
 * Broken on purpose (clear-refusals): when greedy serving by a 1B-parameter model would take more
 * than half the budget, it gives up by returning null — no allocation and no reason — where it
 * should throw an IllegalArgumentException saying why.
 */
public record RefusesSilently() implements Policy {

    public static final PolicyType<RefusesSilently> TYPE = PolicyType.of("refuses-silently",
            "Broken: returns null for a heavy demand", RefusesSilently.class, RefusesSilently::new);

    @Override
    public PolicyType<RefusesSilently> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        if (forecast.greedyServingFlops(1e9) > 0.5 * forecast.budgetFlops()) {
            return null;
        }
        return new ChinchillaPolicy().allocate(forecast);
    }
}
