package io.flopsplit.ledger;

/**
 * The phases a trial's budget is split between: scoring the candidate data pool,
 * pretraining the model, and inference-time compute spent serving queries.
 *
 * <p>A phase is an account in the {@link Ledger}, not a stretch of time: the deployment phase
 * ({@code DeploymentProcess}) serves queries from the {@link #INFERENCE} account.
 */
public enum Phase {
    /** Scoring the candidate pool with a proxy model. */
    SELECTION,
    /** Training the model, 6·N·D FLOPs by convention. */
    PRETRAINING,
    /** Test-time compute: every token processed while serving queries, 2·N per token. */
    INFERENCE
}
