package io.flopsplit.engine.deployment;

import io.flopsplit.compute.Checks;
import io.flopsplit.engine.WorkEvent;
import io.flopsplit.ledger.Phase;

/**
 * A run of consecutive real queries served alike, answered when the last of them arrives: nothing
 * can happen between them (deployment is the last phase, and a batch ends where the account would
 * run short or where the horizon falls). It debits {@link #flops()} = queries × flopsPerQuery from
 * {@link Phase#INFERENCE}.
 *
 * @param first the number of its first real query in the deployment, from 0
 * @param queries real queries in the batch, ≥ 1
 * @param service how they were served
 * @param k the budget they were served at (1 for a greedy fallback, 0 if dropped)
 * @param flopsPerQuery FLOPs of one of its queries (0 if dropped)
 * @param correctQueries how many were answered correctly: expected, or counted from sampled outcomes
 */
public record QueryBatch(long first, long queries, Service service, int k, double flopsPerQuery,
                         double correctQueries) implements WorkEvent {

    /** Queries run after training chunks and before the horizon's end at the same time. */
    public static final int PRIORITY = 30;

    /** How queries were served. */
    public enum Service {
        /** With the serving plan, at its full budget k. */
        FULL,
        /** With less than the plan, because the inference budget could not pay for it ({@link Exhaustion}). */
        PARTIAL,
        /** Not at all. */
        DROPPED
    }

    public QueryBatch {
        Checks.nonNegative("first", first);
        if (queries < 1) {
            throw new IllegalArgumentException("queries: must be >= 1, was " + queries);
        }
        Checks.present("service", service);
        Checks.nonNegative("k", k);
        Checks.nonNegative("flopsPerQuery", flopsPerQuery);
        Checks.finite("queries × flopsPerQuery", queries * flopsPerQuery);
        Checks.inRange("correctQueries", correctQueries, 0, queries);
        if ((service == Service.DROPPED) != (k == 0)
                || service == Service.DROPPED && (correctQueries > 0 || flopsPerQuery > 0)) {
            throw new IllegalArgumentException("service: dropped queries have k = 0, no answer and no FLOPs, was "
                    + service + " with k = " + k + ", " + Checks.show(correctQueries) + " correct, "
                    + Checks.show(flopsPerQuery) + " FLOPs");
        }
    }

    /** Whether its queries were answered, in full or partially. */
    public boolean served() {
        return service != Service.DROPPED;
    }

    @Override
    public Phase phase() {
        return Phase.INFERENCE;
    }

    /** FLOPs of all its queries. */
    @Override
    public double flops() {
        return queries * flopsPerQuery;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
