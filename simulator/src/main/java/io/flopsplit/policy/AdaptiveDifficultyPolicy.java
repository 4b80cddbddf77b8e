package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.inference.Adaptive;
import io.flopsplit.keys.NumberKey;
import java.util.List;

/**
 * Compute-optimal test-time scaling per difficulty (Snell et al. 2024, arXiv 2408.03314, §3): a
 * share of the budget trains a compute-optimal model, and the rest is spent by the adaptive
 * strategy, which gives each query a strategy and budget chosen from an estimate of its difficulty
 * (probe samples the verifier scores, charged to the query; see {@code Adaptive}) so as to maximise
 * expected accuracy under the average budget.
 *
 * @param trainingShare the share of the budget spent on pretraining, in (0, 1)
 */
public record AdaptiveDifficultyPolicy(double trainingShare) implements Policy {

    static final NumberKey TRAINING_SHARE = PolicyOptions.trainingShare(0.7);
    public static final PolicyType<AdaptiveDifficultyPolicy> TYPE = new PolicyType<>("adaptive-difficulty",
            "Per-query strategy and budget from estimated difficulty under an average budget (Snell et al. 2024)",
            AdaptiveDifficultyPolicy.class, List.of(TRAINING_SHARE),
            options -> new AdaptiveDifficultyPolicy(options.get(TRAINING_SHARE)),
            (policy, options) -> options.with(TRAINING_SHARE, policy.trainingShare()));

    public AdaptiveDifficultyPolicy {
        TRAINING_SHARE.check(trainingShare);
    }

    @Override
    public PolicyType<AdaptiveDifficultyPolicy> type() {
        return TYPE;
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        return new FixedSplitPolicy(trainingShare, Adaptive.TYPE).allocate(forecast);
    }
}
