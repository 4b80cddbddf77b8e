package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.Checks;
import io.flopsplit.inference.Adaptive;

/**
 * Compute-optimal test-time scaling per difficulty (Snell et al. 2024, arXiv 2408.03314, §3): a
 * share of the budget trains a compute-optimal model, and the rest is spent by the adaptive
 * strategy, which gives each query a strategy and budget chosen from a noisy estimate of its
 * difficulty so as to maximise expected accuracy under the average budget.
 *
 * @param trainingShare the share of the budget spent on pretraining, in (0, 1)
 */
public record AdaptiveDifficultyPolicy(double trainingShare) implements Policy {

    /** Seventy per cent to training, the rest to adaptive test-time compute. */
    public static final AdaptiveDifficultyPolicy DEFAULT = new AdaptiveDifficultyPolicy(0.7);

    public AdaptiveDifficultyPolicy {
        Checks.inRange("trainingShare", trainingShare, 1e-6, 1 - 1e-6);
    }

    @Override
    public String name() {
        return "adaptive-difficulty";
    }

    @Override
    public String description() {
        return "Per-query strategy and budget from estimated difficulty under an average budget (Snell et al. 2024)";
    }

    @Override
    public Allocation allocate(Forecast forecast) {
        return new FixedSplitPolicy(trainingShare, Adaptive.ID).allocate(forecast);
    }
}
