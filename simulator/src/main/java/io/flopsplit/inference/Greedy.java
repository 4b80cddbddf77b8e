package io.flopsplit.inference;

import java.util.List;

/**
 * One answer per query: costs 2·N·(τ_in + τ_out) and succeeds with the problem's
 * single-attempt probability p_i = σ(a·(θ − b_i)). The budget k is ignored.
 */
public record Greedy() implements Strategy, LogitSuccess {

    public static final String ID = "greedy";
    public static final StrategyType TYPE = new StrategyType(ID, "One answer per query", List.of(),
            (parameters, modelParams) -> new Greedy(), true);

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
        return deployment.singleAnswerFlops();
    }

    @Override
    public int maxK() {
        return 1;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        return new FixedPlan(ID, k, setting.deployment().singleAnswerFlops(), problem -> problem.passAt1(),
                (problem, rng) -> Draws.bernoulli(rng, problem.passAt1()));
    }
}
