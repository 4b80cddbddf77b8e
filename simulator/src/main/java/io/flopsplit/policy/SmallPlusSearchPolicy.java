package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.inference.BestOfKVerifier;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyType;
import io.flopsplit.keys.ChoiceKey;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import java.util.List;

/**
 * A smaller model with more test-time compute (Snell et al. 2024, arXiv 2408.03314, §7): a model
 * {@code sizeRatio}× smaller than the Chinchilla policy's, trained on the same tokens, so its
 * training costs {@code sizeRatio}× less; everything saved, and its cheaper answers, go to a search
 * strategy at the largest budget k the rest affords.
 *
 * @param sizeRatio M, how many times smaller than the Chinchilla allocation's model (&gt; 1)
 * @param strategy the test-time strategy
 */
public record SmallPlusSearchPolicy(double sizeRatio, StrategyType strategy) implements Policy {

    static final NumberKey SIZE_RATIO = Keys.number("sizeRatio",
            "How many times smaller than the chinchilla policy's model, trained on the same tokens", 4,
            Range.closed(1, 1e6));
    static final ChoiceKey STRATEGY = PolicyOptions.strategy(BestOfKVerifier.ID);
    public static final PolicyType<SmallPlusSearchPolicy> TYPE = new PolicyType<>("small-plus-search",
            "A model M times smaller than chinchilla's on the same tokens; the rest to test-time search (Snell et al. 2024)",
            SmallPlusSearchPolicy.class, List.of(SIZE_RATIO, STRATEGY),
            options -> new SmallPlusSearchPolicy(options.get(SIZE_RATIO), Strategies.type(options.get(STRATEGY))),
            (policy, options) -> options.with(SIZE_RATIO, policy.sizeRatio()).with(STRATEGY, policy.strategy().id()));
    // No monotonicity is declared: it serves at the largest affordable k, and a learned verifier's
    // accuracy falls with k past its plateau (Brown et al. 2024; calibration V7), so more budget
    // (a larger k) can lower it and more demand (a smaller k) raise it.

    public SmallPlusSearchPolicy {
        SIZE_RATIO.check(sizeRatio);
        Checks.present("strategy", strategy);
    }

    @Override
    public PolicyType<SmallPlusSearchPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        Allocation large = new ChinchillaPolicy().allocate(forecast);
        return Allocation.of(large.params() / sizeRatio, large.trainingTokens(), strategy);
    }
}
