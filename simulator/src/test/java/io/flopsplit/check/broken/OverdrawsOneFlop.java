package io.flopsplit.check.broken;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.ProxyScorer;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.Policy;
import io.flopsplit.policy.PolicyType;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Broken on purpose (allocation-sound): from 1e29 FLOPs up it trains on as much of the budget as
 * 6·N·D can express and forgets that its one-token data selection also costs FLOPs, so selection +
 * training exceed the budget by exactly one FLOP — about 10^-14 of an ulp of the budget, invisible to
 * any relative tolerance. Below 1e29 it is the chinchilla policy.
 */
public record OverdrawsOneFlop() implements Policy {

    public static final PolicyType<OverdrawsOneFlop> TYPE = PolicyType.of("overdraws-one-flop",
            "Broken: one FLOP over the budget from 1e29 FLOPs up", OverdrawsOneFlop.class, OverdrawsOneFlop::new);

    @Override
    public PolicyType<OverdrawsOneFlop> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        Allocation honest = new ChinchillaPolicy().allocate(forecast);
        double budget = forecast.budgetFlops();
        if (budget < 1e29) {
            return honest;
        }
        double params = honest.params();
        double tokens = forecast.convention().tokensWithin(params, budget);
        double training = forecast.convention().trainingFlops(params, tokens);
        double selection = budget - training + 1;   // exact: the difference is a few ulps of the budget
        DataSelection oneToken = new DataSelection(DataPool.ofUnique(1), new ProxyScorer(selection, 1), 1,
                QualityMultiplier.NONE, 0);
        return new Allocation(Optional.of(oneToken), params, tokens, Greedy.TYPE, OptionalInt.of(1));
    }
}
