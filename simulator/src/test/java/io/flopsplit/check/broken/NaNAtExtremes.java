package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Broken on purpose (finite-results): it corrects the model size by √log10(1e29/C), a term fitted on
 * budgets below 1e29 FLOPs that is NaN above them.
 */
public record NaNAtExtremes() implements Policy {

    public static final PolicyType<NaNAtExtremes> TYPE = PolicyType.of("nan-at-extremes",
            "Broken: its model size is NaN above 1e29 FLOPs", NaNAtExtremes.class, NaNAtExtremes::new);

    @Override
    public PolicyType<NaNAtExtremes> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        Allocation chinchilla = new ChinchillaPolicy().allocate(forecast);
        double correction = 1 - 0.1 * Math.sqrt(Math.log10(1e29 / forecast.budgetFlops()));
        double params = chinchilla.params() * Math.min(1, correction);
        return new Allocation(Optional.empty(), params, chinchilla.trainingTokens(), Greedy.TYPE, OptionalInt.of(1));
    }
}
