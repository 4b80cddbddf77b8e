package io.flopsplit.inference;

import java.util.List;

/**
 * Best-of-k with an oracle verifier: k samples, and the query counts as solved if
 * any is correct — coverage, pass@k = 1 − (1 − p_i)^k (Brown et al. 2024, arXiv 2407.21787,
 * Eq. 1). Costs 2·N·(τ_in + k·τ_out), the prompt processed once. The sampler draws the index of
 * the first correct sample (one geometric draw) and succeeds if it is below k.
 */
public record BestOfKOracle() implements Strategy, LogitSuccess {

    public static final String ID = "best-of-k-oracle";
    public static final StrategyType TYPE = new StrategyType(ID,
            "k samples, solved if any is correct: coverage, pass@k (Brown et al. 2024)", List.of(),
            (parameters, modelParams) -> new BestOfKOracle());

    @Override
    public String id() {
        return ID;
    }

    /** Success depends on nothing but the suite and k (the tabulation key, {@link LogitSuccess}). */
    @Override
    public Object successKey() {
        return this;
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        return deployment.samplingFlops(Strategy.checkK(k));
    }

    @Override
    public int maxK() {
        return MAX_SAMPLES;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        return new FixedPlan(ID, k, setting.deployment().samplingFlops(k), problem -> problem.coverage(k),
                (problem, rng) -> Draws.failuresBeforeSuccess(rng, problem.passAt1()) < k);
    }
}
