package io.flopsplit.inference;

import io.flopsplit.tasks.TaskSuite;
import java.util.function.DoublePredicate;

/**
 * A test-time compute strategy: how one query is answered, what it costs in FLOPs,
 * and how often it succeeds. The budget parameter k means, per strategy: samples (best-of-k,
 * majority vote), candidates per search step (beam search), attempts in a revision chain
 * (revisions), the answer-length multiplier (chain-of-thought), or the average FLOPs of k samples
 * (adaptive); greedy has k = 1. Every fact about a strategy's budget lives on it: the largest k
 * it is modelled for ({@link #maxK()}) and how its FLOPs grow with k ({@link #flopsPerQuery}),
 * from which {@link #largestAffordableK} finds the k an inference budget affords. Each is
 * registered with its parameters as a {@link StrategyType} in {@link Strategies}.
 */
public sealed interface Strategy
        permits Greedy, ChainOfThought, BestOfKOracle, VerifierSelection, MajorityVote, BeamSearch, Revisions,
        Adaptive {

    /** The largest number of samples a sampling strategy is modelled for. */
    int MAX_SAMPLES = 100_000;

    /** The id users select it by, e.g. {@code majority-vote}. */
    String id();

    /**
     * FLOPs per query at budget k, rising with k (flat for greedy); for {@link Adaptive}, the
     * average budget, which its plan never exceeds. Cheap: it builds no plan.
     */
    double flopsPerQuery(Deployment deployment, int k);

    /** The largest budget k the strategy is modelled for. */
    int maxK();

    /**
     * About how much work sampling one query at budget k takes, counted in uniform draws (a Beta or
     * normal draw with its arithmetic counts about 10; see {@link Draws#binomialWork}): what a
     * trial's work bound is made of ({@code io.flopsplit.trial.TrialWork}). The samplers draw in bulk,
     * so for most strategies it grows with log k, not k. One draw by default (a Bernoulli trial).
     */
    default double drawsPerQuery(TaskSuite suite, int k) {
        return 1;
    }

    /** This strategy at budget k in {@code setting}. */
    Plan plan(Setting setting, int k);

    /**
     * The largest budget k in [1, min({@code most}, {@link #maxK()})] whose FLOPs per query
     * {@code affordable} accepts, by bisection on {@link #flopsPerQuery}, which rises with k; 0 when
     * not even k = 1 is affordable. Every caller that asks "which k does this budget afford" — the
     * policies' plans, deployment's exhaustion rules, {@code match} and {@code test-time} — asks it here.
     */
    default int largestAffordableK(Deployment deployment, DoublePredicate affordable, int most) {
        int high = Math.min(most, maxK());
        if (high < 1 || !affordable.test(flopsPerQuery(deployment, 1))) {
            return 0;
        }
        int low = 1;
        while (low < high) {
            int middle = (int) ((low + (long) high + 1) / 2);
            if (affordable.test(flopsPerQuery(deployment, middle))) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** Checks a budget parameter of {@code strategy}: 1 &lt;= k &lt;= its {@link #maxK()}. */
    static int checkK(int k, Strategy strategy) {
        checkK(k);
        if (k > strategy.maxK()) {
            throw new IllegalArgumentException("k: " + strategy.id() + " is modelled up to k = " + strategy.maxK()
                    + ", was " + k);
        }
        return k;
    }

    /** Checks a budget parameter: k &gt;= 1. */
    static int checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: must be >= 1, was " + k);
        }
        return k;
    }
}
