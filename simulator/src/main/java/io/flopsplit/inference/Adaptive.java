package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.tasks.TaskSuite;
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
    public static final NumberKey DIFFICULTY_NOISE = Keys.number("difficultyNoise",
            "Adaptive: standard deviation of the difficulty estimate, in ability units (0: the true difficulty;"
                    + " an assumption, not a fit)", 0.5, Range.NON_NEGATIVE);
    public static final WholeKey BINS = Keys.whole("bins",
            "Adaptive: difficulty bins the planner chooses a strategy for (Snell et al. 2024 use 5)", 5, 1, 64);
    /** What the planner may choose from: every realisable strategy but the oracle, chain-of-thought and itself. */
    static final List<StrategyType> MENU = List.of(Greedy.TYPE, BestOfKVerifier.TYPE, MajorityVote.TYPE,
            BeamSearch.TYPE, Revisions.TYPE);
    public static final StrategyType TYPE = new StrategyType(ID,
            "Per-query strategy and budget from estimated difficulty under an average budget of k samples"
                    + " (Snell et al. 2024)", List.of(DIFFICULTY_NOISE, BINS),
            (parameters, modelParams) -> new Adaptive(parameters.get(DIFFICULTY_NOISE),
                    Math.toIntExact(parameters.get(BINS)),
                    MENU.stream().map(type -> type.create(parameters, modelParams)).toList()));

    public Adaptive {
        Checks.nonNegative("estimateNoise", estimateNoise);
        BINS.check((long) bins);
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

    /**
     * The noisy difficulty estimate (one normal draw), then the option chosen for its bin: at most
     * the costliest menu strategy at the largest budget the planner offers it.
     */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        long largest = Math.min((long) bins * k, AdaptivePlanner.MAX_OPTION_K);
        return Draws.BETA_DRAW_WORK + menu.stream()
                .mapToDouble(option -> option.drawsPerQuery(suite, (int) Math.min(largest, option.maxK()))).max()
                .orElse(1);
    }

    @Override
    public int maxK() {
        return MAX_SAMPLES;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        return new AdaptivePlanner(this, setting).plan(k);
    }
}
