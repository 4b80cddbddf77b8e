package io.flopsplit.engine.deployment;

import io.flopsplit.compute.Checks;
import io.flopsplit.engine.WorkEvent;
import io.flopsplit.ledger.Phase;

/**
 * One simulated query of the deployment, answered: it arrived at the event's time, drew a problem of
 * the given difficulty, and was served in one event — all its samples, votes or search steps drawn
 * together — or dropped. It debits {@link #flops()} = {@code flopsPerQuery} × w from
 * {@link Phase#INFERENCE}, the cost of every real query it stands for.
 *
 * @param index the query's number in its deployment, from 0
 * @param difficulty b of the problem it drew
 * @param service how it was served
 * @param k the budget it was served at (samples, candidates, …; 1 for a greedy fallback, 0 if dropped)
 * @param correct whether the answer returned was correct (false if dropped)
 * @param flopsPerQuery FLOPs of one real query, 2·N per processed token (0 if dropped)
 * @param queryWeight w, real queries this simulated query stands for
 */
public record Query(int index, double difficulty, Service service, int k, boolean correct, double flopsPerQuery,
                    double queryWeight) implements WorkEvent {

    /** Queries run after training chunks and before the horizon's end at the same time. */
    public static final int PRIORITY = 30;

    /** How a query was served. */
    public enum Service {
        /** With the serving plan, at its full budget k. */
        FULL,
        /** With less than the plan, because the inference budget could not pay for it ({@link Exhaustion}). */
        PARTIAL,
        /** Not at all. */
        DROPPED
    }

    public Query {
        Checks.nonNegative("index", index);
        Checks.finite("difficulty", difficulty);
        Checks.present("service", service);
        Checks.nonNegative("k", k);
        Checks.nonNegative("flopsPerQuery", flopsPerQuery);
        Checks.positive("queryWeight", queryWeight);
        Checks.finite("flopsPerQuery × queryWeight", flopsPerQuery * queryWeight);
        if ((service == Service.DROPPED) != (k == 0) || service == Service.DROPPED && (correct || flopsPerQuery > 0)) {
            throw new IllegalArgumentException("service: a dropped query has k = 0, no answer and no FLOPs, was "
                    + service + " with k = " + k + ", correct = " + correct + ", " + Checks.show(flopsPerQuery) + " FLOPs");
        }
    }

    /** A query that was not served. */
    static Query dropped(int index, double difficulty, double queryWeight) {
        return new Query(index, difficulty, Service.DROPPED, 0, false, 0, queryWeight);
    }

    /** Whether it was answered at all, in full or partially. */
    public boolean served() {
        return service != Service.DROPPED;
    }

    @Override
    public Phase phase() {
        return Phase.INFERENCE;
    }

    /** FLOPs of all the real queries it stands for: flopsPerQuery × w. */
    @Override
    public double flops() {
        return flopsPerQuery * queryWeight;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
