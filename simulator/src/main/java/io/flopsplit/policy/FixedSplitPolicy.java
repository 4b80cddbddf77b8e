package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.compute.Checks;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.BestOfKVerifier;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.optimum.ModelPlan;
import java.util.List;

/**
 * A fixed split: a share of the budget trains a compute-optimal model, the rest serves queries
 * with one strategy at the largest budget k it affords for the forecast demand.
 *
 * @param trainingShare the share of the budget spent on pretraining, in (0, 1)
 * @param strategy the serving strategy
 */
public record FixedSplitPolicy(double trainingShare, StrategyType strategy) implements Policy {

    static final NumberKey TRAINING_SHARE = PolicyOptions.trainingShare(0.5);
    static final ChoiceKey STRATEGY = PolicyOptions.strategy(BestOfKVerifier.ID);
    public static final PolicyType<FixedSplitPolicy> TYPE = new PolicyType<>("fixed-split",
            "A fixed share of the budget trains a compute-optimal model; the rest serves with one strategy",
            FixedSplitPolicy.class, List.of(TRAINING_SHARE, STRATEGY),
            options -> new FixedSplitPolicy(options.get(TRAINING_SHARE), Strategies.type(options.get(STRATEGY))),
            (policy, options) -> options.with(TRAINING_SHARE, policy.trainingShare())
                    .with(STRATEGY, policy.strategy().id()));
    // No monotonicity is declared: it serves at the largest affordable k, and a learned verifier's
    // accuracy falls with k past its plateau (Brown et al. 2024; calibration V7), so more budget
    // (a larger k) can lower it and more demand (a smaller k) raise it.

    public FixedSplitPolicy {
        TRAINING_SHARE.check(trainingShare);
        Checks.present("strategy", strategy);
    }

    @Override
    public PolicyType<FixedSplitPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        ModelPlan plan = Sizing.computeOptimal(forecast, TrainingData.unfiltered(forecast.pool()),
                trainingShare * forecast.budgetFlops());
        return Allocation.of(plan.params(), plan.tokens(), strategy);
    }
}
