package io.flopsplit.inference;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import java.util.List;

/**
 * Chain-of-thought with answers k times longer: costs 2·N·(τ_in + k·τ_out) and
 * raises the model's ability on every problem by min(κ·log2 k, cap), so success is
 * σ(a·(θ + min(κ·log2 k, cap) − b_i)). The log-linear gain in thinking length, with diminishing
 * returns, is the shape reported for longer reasoning (Wei et al. 2022, arXiv 2201.11903; Snell et
 * al. 2024, arXiv 2408.03314, §5); κ and the cap are scenario assumptions, not fitted values.
 *
 * @param boostPerDoubling κ, ability gained per doubling of the answer length, &gt;= 0
 * @param maxBoost the cap on the gain, &gt;= 0
 */
public record ChainOfThought(double boostPerDoubling, double maxBoost) implements Strategy, LogitSuccess {

    public static final String ID = "chain-of-thought";
    /** The longest answer-length multiplier modelled. */
    public static final int MAX_MULTIPLIER = 64;
    public static final NumberKey BOOST_PER_DOUBLING = Keys.number("cotBoostPerDoubling",
            "Chain-of-thought: ability gained per doubling of the answer length (an assumption, not a fit)", 0.3,
            Range.NON_NEGATIVE);
    public static final NumberKey MAX_BOOST = Keys.number("cotMaxBoost",
            "Chain-of-thought: the cap on that gain (an assumption, not a fit)", 1, Range.NON_NEGATIVE);
    public static final StrategyType TYPE = new StrategyType(ID,
            "Answers k times longer, ability raised by min(boost*log2 k, cap) (Wei et al. 2022)",
            List.of(BOOST_PER_DOUBLING, MAX_BOOST), (parameters, modelParams) -> new ChainOfThought(
                    parameters.get(BOOST_PER_DOUBLING), parameters.get(MAX_BOOST)));

    public ChainOfThought {
        BOOST_PER_DOUBLING.check(boostPerDoubling);
        MAX_BOOST.check(maxBoost);
    }

    /** Ability gained with answers k times longer. */
    public double boost(int k) {
        return Math.min(boostPerDoubling * Math.log(Strategy.checkK(k)) / Math.log(2), maxBoost);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Success depends on the parameters in this key (the tabulation key, {@link LogitSuccess}). */
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
        return MAX_MULTIPLIER;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        double boost = boost(k);
        return new FixedPlan(ID, k, setting.deployment().samplingFlops(k),
                problem -> problem.withAbilityBoost(boost).passAt1(),
                (problem, rng) -> Draws.bernoulli(rng, problem.withAbilityBoost(boost).passAt1()));
    }
}
