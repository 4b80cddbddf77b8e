package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.Greedy;
import io.flopsplit.optimum.ModelPlan;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Broken on purpose (allocation-sound): it means to keep greedy serving's cost for inference but adds
 * it to the training FLOPs instead of setting it aside — 90% of the budget plus the serving cost of a
 * 1B-parameter model go to training, so once serving costs more than a tenth of the budget, the
 * inference share is negative.
 */
public record NegativeShare() implements Policy {

    public static final PolicyType<NegativeShare> TYPE = PolicyType.of("negative-share",
            "Broken: a negative inference share once serving costs over a tenth of the budget", NegativeShare.class,
            NegativeShare::new);

    @Override
    public PolicyType<NegativeShare> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        double training = 0.9 * forecast.budgetFlops() + forecast.greedyServingFlops(1e9);
        ModelPlan plan = Sizing.computeOptimal(forecast, TrainingData.unfiltered(forecast.pool()), training);
        return new Allocation(Optional.empty(), plan.params(), plan.tokens(), Greedy.TYPE, OptionalInt.of(1));
    }
}
