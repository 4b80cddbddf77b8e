package io.flopsplit.engine.deployment;

import java.util.Locale;

/**
 * How a deployment counts correct answers. Real deployments serve billions of queries; a trial
 * draws how many arrive and serves them in batches.
 */
public enum Outcomes {

    /**
     * Conditional Monte Carlo: a batch of n real queries served by one plan contributes n times the
     * plan's expected success over the suite's difficulty distribution (its exact quadrature), so a
     * trial's accuracy carries no outcome-sampling noise: what still varies between trials is what
     * the scenario makes uncertain, the Poisson count of real queries and when they arrive.
     */
    EXPECTED,

    /**
     * Sampled outcomes: a sample of simulated queries stands for the real ones (each for R/S of them),
     * each draws a problem and one outcome per plan it is served with. Used whatever the scenario
     * says when a trial's real queries are no more than its simulated queries: every real query is
     * then simulated one by one, and the noise is the deployment's own.
     */
    SAMPLED;

    /** The id scenarios write: {@code expected}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
