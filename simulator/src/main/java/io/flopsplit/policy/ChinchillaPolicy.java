package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.Greedy;
import io.flopsplit.optimum.ModelPlan;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Chinchilla-optimal training, greedy serving (Hoffmann et al. 2022, arXiv 2203.15556): the model is
 * compute-optimal for what the budget has left once the forecast demand is served greedily by that
 * same model, and everything else goes to training.
 */
public record ChinchillaPolicy() implements Policy {

    public static final PolicyType<ChinchillaPolicy> TYPE = PolicyType.of("chinchilla",
            "Compute-optimal model for the budget left after greedy serving; greedy answers (Hoffmann et al. 2022)",
            ChinchillaPolicy.class, ChinchillaPolicy::new)
            .declaring(Monotonicity.BUDGET, Monotonicity.DEMAND);

    @Override
    public PolicyType<ChinchillaPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        TrainingData data = TrainingData.unfiltered(forecast.pool());
        ModelPlan plan = Sizing.computeOptimalWithReserve(forecast, data, forecast.budgetFlops(),
                forecast::greedyServingFlops);
        return new Allocation(Optional.empty(), plan.params(), plan.tokens(), Greedy.TYPE, OptionalInt.of(1));
    }
}
