package io.flopsplit.engine.deployment;

import io.flopsplit.ledger.Phase;

/**
 * What happens to a query when the {@link Phase#INFERENCE} account cannot pay for the serving plan:
 * the scenario's choice when the inference budget runs out mid-deployment. Real deployments meet
 * it as a compute quota or a cost ceiling; the choice decides whether a tight budget shows up as
 * worse answers or as unanswered queries.
 *
 * <p>In every case a query is charged for all the real queries it stands for, and a query the
 * account cannot pay for in full under the rule is dropped: nothing is ever served on credit.
 */
public enum Exhaustion {

    /**
     * Serve what can be paid for: the same strategy at the largest power of two k' below k (1 ≤ k' &lt; k)
     * that the account can still pay (powers of two bound the plans a run makes to log2 k), counted as
     * <em>partial</em>; dropped if even k' = 1 is unaffordable
     * (and always for a strategy whose cost does not fall with k, such as greedy). The largest k' is
     * found by bisection on the strategy's FLOPs per query, which rise with k for every built-in
     * strategy; a plan whose sampled cost still exceeds the account (the adaptive strategy's cost
     * varies by query) is tried at the next smaller k'.
     */
    SERVE_PAID,

    /**
     * Fall back to greedy: one answer from the same model, counted as <em>partial</em> when the
     * account can pay for it, dropped when it cannot (as it always is when the serving strategy is
     * greedy already).
     */
    FALLBACK_GREEDY,

    /** Drop the query: it is counted as dropped, costs nothing, and is not in the accuracy. */
    DROP
}
