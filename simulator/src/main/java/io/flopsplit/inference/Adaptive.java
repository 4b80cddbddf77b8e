package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import java.util.List;

/**
 * Compute-optimal test-time scaling per difficulty (Snell et al. 2024, arXiv
 * 2408.03314, §3.2 and Eq. 1): each query's difficulty b is estimated with noise,
 * b̂ = b + σ·Z, and falls into one of {@code bins} bins (equal-probability bins of the suite's true
 * difficulty). For every bin the planner ({@link AdaptivePlanner}) picks one option — a menu strategy
 * at a budget k' — so as to maximise expected accuracy subject to an average cost per query of at
 * most the FLOPs of k samples, 2·N·(τ_in + k·τ_out). The choice is the Lagrangian relaxation of the
 * multiple-choice knapsack, then a greedy fill of the remaining budget. Menu budgets run over powers
 * of two up to min(bins·k, {@value AdaptivePlanner#MAX_OPTION_K}); greedy is always an option.
 *
 * @param estimateNoise σ, the standard deviation of the difficulty estimate (0: oracle difficulty)
 * @param bins number of difficulty bins, &gt;= 1 (Snell et al. use 5)
 * @param menu the strategies the planner may choose from (not adaptive itself)
 */
public record Adaptive(double estimateNoise, int bins, List<Strategy> menu) implements Strategy {

    public static final String ID = "adaptive";

    public Adaptive {
        Checks.nonNegative("estimateNoise", estimateNoise);
        if (bins < 1) {
            throw new IllegalArgumentException("bins: must be >= 1, was " + bins);
        }
        menu = List.copyOf(Checks.present("menu", menu));
        if (menu.isEmpty() || menu.stream().anyMatch(s -> s instanceof Adaptive)) {
            throw new IllegalArgumentException("menu: must list at least one strategy other than adaptive");
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        return deployment.samplingFlops(Strategy.checkK(k));
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        return new AdaptivePlanner(this, setting).plan(k);
    }
}
