package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.tasks.Problem;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A plan whose FLOPs per query do not depend on the problem or on the draws, and whose sampler draws
 * from the query's samples stream only (no verifier, no difficulty estimate).
 */
record FixedPlan(String strategy, int k, double flopsPerQuery, ToDoubleFunction<Problem> success,
        BiPredicate<Problem, UniformRandomProvider> sampler) implements Plan {

    FixedPlan {
        Checks.nonNegative("flopsPerQuery", flopsPerQuery);
    }

    @Override
    public double successProbability(Problem problem) {
        return Math.min(1, Math.max(0, success.applyAsDouble(problem)));
    }

    @Override
    public Outcome sample(Problem problem, QueryStreams streams) {
        return new Outcome(sampler.test(problem, streams.samples()), flopsPerQuery);
    }
}
