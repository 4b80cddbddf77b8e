package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.compute.Checks;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.Strategies;
import io.flopsplit.optimum.ModelPlan;

/**
 * A fixed split: a share of the budget trains a compute-optimal model, the rest serves queries
 * with one strategy at the largest budget k it affords for the forecast demand.
 *
 * @param trainingShare the share of the budget spent on pretraining, in (0, 1)
 * @param strategy the serving strategy's id
 */
public record FixedSplitPolicy(double trainingShare, String strategy) implements Policy {

    /** Half the budget to training, the rest to best-of-k with a learned verifier. */
    public static final FixedSplitPolicy DEFAULT = new FixedSplitPolicy(0.5, "best-of-k-verifier");

    public FixedSplitPolicy {
        Checks.inRange("trainingShare", trainingShare, 1e-6, 1 - 1e-6);
        Strategies.requireKnown(strategy);
    }

    @Override
    public String name() {
        return "fixed-split";
    }

    @Override
    public String description() {
        return "A fixed share of the budget trains a compute-optimal model; the rest serves with one strategy";
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        ModelPlan plan = Sizing.computeOptimal(forecast, TrainingData.unfiltered(forecast.pool()),
                trainingShare * forecast.budgetFlops());
        return Allocation.of(plan.params(), plan.tokens(), strategy);
    }
}
