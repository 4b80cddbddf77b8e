package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.tasks.Problem;

/**
 * A plan whose success comes from a {@link SuccessTable} (one interpolation per problem) and whose
 * sampler simulates the query itself, drawing from the query's streams; the two agree up to the
 * table's Monte-Carlo and interpolation error. FLOPs per query do not depend on the problem.
 */
final class TabulatedPlan implements Plan {

    /** One simulated query on a problem. */
    @FunctionalInterface
    interface Sampler {
        boolean succeeds(Problem problem, QueryStreams streams);
    }

    private final String strategy;
    private final int k;
    private final double flops;
    private final SuccessTable table;
    private final Sampler sampler;
    private final String description;

    TabulatedPlan(String strategy, int k, double flops, SuccessTable table, Sampler sampler, String description) {
        this.strategy = strategy;
        this.k = k;
        this.flops = Checks.nonNegative("flops", flops);
        this.table = table;
        this.sampler = sampler;
        this.description = description;
    }

    @Override
    public String strategy() {
        return strategy;
    }

    @Override
    public int k() {
        return k;
    }

    @Override
    public double flopsPerQuery() {
        return flops;
    }

    @Override
    public double successProbability(Problem problem) {
        return Math.min(1, Math.max(0, table.at(problem.logit())));
    }

    @Override
    public Outcome sample(Problem problem, QueryStreams streams) {
        return new Outcome(sampler.succeeds(problem, streams), flops);
    }

    @Override
    public String describe() {
        return description;
    }
}
