package io.flopsplit.inference;

import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.ProblemSet;

/**
 * A strategy resolved for one setting and one budget k: its FLOPs per query, its success
 * probability on each problem (analytic where a closed form exists, otherwise a documented
 * deterministic computation — a Monte-Carlo table with pinned seeds, {@link SuccessTable}), and a
 * sampler of outcomes that must agree with it in expectation. {@link #successProbability} is cheap
 * (a closed form or one interpolation): Monte Carlo and policies call it for every problem.
 */
public interface Plan {

    /** Id of the strategy. */
    String strategy();

    /** The budget parameter the plan was made for (samples, length multiplier, revisions, …). */
    int k();

    /** Expected FLOPs per query. */
    double flopsPerQuery();

    /** Probability that the strategy returns a correct answer to {@code problem}. */
    double successProbability(Problem problem);

    /** One query on {@code problem}, each draw from the stream of its purpose. */
    Outcome sample(Problem problem, QueryStreams streams);

    /** A short description: {@code majority-vote@64}; adaptive lists its choice per difficulty bin. */
    default String describe() {
        return strategy() + "@" + k();
    }

    /** Expected accuracy over a set of problems: the weighted mean of the success probabilities. */
    default double accuracy(ProblemSet problems) {
        return problems.mean(this::successProbability);
    }
}
