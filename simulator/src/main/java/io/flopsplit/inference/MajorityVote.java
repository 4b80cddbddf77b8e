package io.flopsplit.inference;

import io.flopsplit.tasks.TaskSuite;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Majority vote (self-consistency, Wang et al. 2022, arXiv 2203.11171) over k samples:
 * the most frequent final answer is returned, ties broken uniformly at random. Wrong answers
 * spread over the suite's distractors ({@link io.flopsplit.tasks.Distractors}), so on a problem
 * where the most popular wrong answer is more likely than the right one, more votes make the vote
 * surer to be wrong, and accuracy saturates (Wu et al. 2024, arXiv 2408.00724; Brown et al. 2024,
 * arXiv 2407.21787). Costs 2·N·(τ_in + k·τ_out). Success is computed by {@link PluralityVote};
 * the sampler draws the multinomial counts as a chain of binomials (one per answer).
 */
public record MajorityVote() implements Strategy, LogitSuccess {

    public static final String ID = "majority-vote";
    public static final StrategyType TYPE = new StrategyType(ID,
            "k samples, the most frequent final answer returned (Wang et al. 2022)", List.of(),
            (parameters, modelParams) -> new MajorityVote(), true);

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

    /** The correct samples, then the wrong ones spread over the suite's distractors: one binomial each. */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        return (1 + suite.distractors().count()) * Draws.binomialWork(k) + 1;
    }

    @Override
    public int maxK() {
        return MAX_SAMPLES;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        double[] shares = setting.distractorShares();
        PluralityVote vote = new PluralityVote(shares);
        return new FixedPlan(ID, k, setting.deployment().samplingFlops(k),
                problem -> vote.success(problem.passAt1(), k),
                (problem, rng) -> sampleVote(rng, problem.passAt1(), shares, k));
    }

    /** One vote: multinomial counts by sequential binomials, then the plurality with random tie-break. */
    static boolean sampleVote(UniformRandomProvider rng, double p, double[] shares, int k) {
        int correct = Draws.binomial(rng, k, p);
        int remaining = k - correct;
        double remainingShare = 1;
        int best = 0;
        int tied = 0;
        for (int j = 0; j < shares.length && remaining > 0; j++) {
            double conditional = j == shares.length - 1 ? 1 : Math.min(1, shares[j] / remainingShare);
            int count = Draws.binomial(rng, remaining, conditional);
            remaining -= count;
            remainingShare -= shares[j];
            if (count > best) {
                best = count;
                tied = 1;
            } else if (count == best && count > 0) {
                tied++;
            }
        }
        if (correct != best) {
            return correct > best;
        }
        return rng.nextInt(tied + 1) == 0;
    }
}
