package io.flopsplit.inference;

/**
 * A test-time compute strategy: how one query is answered, what it costs in FLOPs,
 * and how often it succeeds. The budget parameter k means, per strategy: samples (best-of-k,
 * majority vote), candidates per search step (beam search), attempts in a revision chain
 * (revisions), the answer-length multiplier (chain-of-thought), or the average FLOPs of k samples
 * (adaptive); greedy ignores it.
 */
public sealed interface Strategy
        permits Greedy, ChainOfThought, BestOfKOracle, BestOfKVerifier, MajorityVote, BeamSearch, Revisions, Adaptive {

    /** The id users select it by, e.g. {@code majority-vote}. */
    String id();

    /**
     * FLOPs per query at budget k; for {@link Adaptive}, the average budget,
     * which its plan never exceeds. Cheap: it builds no plan.
     */
    double flopsPerQuery(Deployment deployment, int k);

    /** This strategy at budget k in {@code setting}. */
    Plan plan(Setting setting, int k);

    /** Checks a budget parameter: k &gt;= 1. */
    static int checkK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k: must be >= 1, was " + k);
        }
        return k;
    }
}
