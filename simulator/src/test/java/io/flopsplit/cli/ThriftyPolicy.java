package io.flopsplit.cli;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.compute.Range;
import io.flopsplit.data.TrainingData;
import io.flopsplit.inference.MajorityVote;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.optimum.ModelPlan;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.List;

/**
 * A policy written outside the built-ins, with two options, as a user would write one: a share of the
 * budget trains a compute-optimal model, the rest serves with one strategy. One file; one
 * registration line ({@code Policies.register(ThriftyPolicy.TYPE)}) makes it usable in scenarios.
 *
 * @param share the share of the budget spent on training
 * @param strategy the serving strategy
 */
public record ThriftyPolicy(double share, StrategyType strategy) implements Policy {

    static final NumberKey SHARE = Keys.number("share", "Share of the budget spent on training", 0.6, Range.open(0, 1));
    static final ChoiceKey STRATEGY = new ChoiceKey("strategy", "The serving strategy", MajorityVote.ID,
            Strategies::ids);
    public static final PolicyType<ThriftyPolicy> TYPE = new PolicyType<>("thrifty",
            "Trains on a fixed share, serves with one strategy (a test's own policy)", ThriftyPolicy.class,
            List.of(SHARE, STRATEGY), options -> new ThriftyPolicy(options.get(SHARE), Strategies.type(options.get(STRATEGY))),
            (policy, options) -> options.with(SHARE, policy.share()).with(STRATEGY, policy.strategy().id()));

    @Override
    public PolicyType<ThriftyPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        ModelPlan plan = Sizing.computeOptimal(forecast, TrainingData.unfiltered(forecast.pool()),
                share * forecast.budgetFlops());
        return Allocation.of(plan.params(), plan.tokens(), strategy);
    }
}
