package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.inference.Strategies;

/**
 * A smaller model with more test-time compute (Snell et al. 2024, arXiv 2408.03314, §7): a model
 * {@code sizeRatio}× smaller than the Chinchilla policy's, trained on the same tokens, so its
 * training costs {@code sizeRatio}× less; everything saved, and its cheaper answers, go to a search
 * strategy at the largest budget k the rest affords.
 *
 * @param sizeRatio M, how many times smaller than the Chinchilla allocation's model (&gt; 1)
 * @param strategy the test-time strategy's id
 */
public record SmallPlusSearchPolicy(double sizeRatio, String strategy) implements Policy {

    /** A 4× smaller model answering best-of-k with a learned verifier. */
    public static final SmallPlusSearchPolicy DEFAULT = new SmallPlusSearchPolicy(4, "best-of-k-verifier");

    public SmallPlusSearchPolicy {
        Checks.inRange("sizeRatio", sizeRatio, 1, 1e6);
        Strategies.requireKnown(strategy);
    }

    @Override
    public String name() {
        return "small-plus-search";
    }

    @Override
    public String description() {
        return "A model M times smaller than chinchilla's on the same tokens; the rest to test-time search (Snell et al. 2024)";
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        Allocation large = new ChinchillaPolicy().allocate(forecast);
        return Allocation.of(large.params() / sizeRatio, large.trainingTokens(), strategy);
    }
}
