package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.random.RandomStreams;
import io.flopsplit.tasks.AbilityScale;
import io.flopsplit.tasks.DifficultyDistribution;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.TaskSuite;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For every strategy, the sampler's mean success over many draws agrees with the analytic expected
 * accuracy within a 4.5-standard-error interval (plus the documented approximation allowance of the
 * Poissonised majority vote, and the Monte-Carlo and interpolation error of a success table).
 */
class SamplerAgreementTest {

    private static final int DRAWS = 6000;
    /**
     * A Monte-Carlo table's error on a suite's mean: the nodes' standard errors (≤ 0.5/√reps each,
     * independent between nodes, averaged over the suite) and the interpolation in ln k between
     * table budgets ({@link SuccessTableTest} bounds both).
     */
    private static final double TABLE_ALLOWANCE = 0.01;
    private static final TaskSuite SUITE = new TaskSuite("spread", new DifficultyDistribution.Normal(0, 2), 1,
            new AbilityScale(2.0, 0.1), new Distractors(4, 0.7), 64, "test suite");
    private static final Setting SETTING = new Setting(SUITE, 2.0, TestDeployments.of(1e9));

    @ParameterizedTest(name = "{0} at k = {1}")
    @CsvSource({"greedy, 1", "chain-of-thought, 8", "best-of-k-oracle, 1", "best-of-k-oracle, 8",
        "best-of-k-oracle, 300", "best-of-k-verifier, 8", "best-of-k-verifier, 200", "majority-vote, 2",
        "weighted-best-of-k, 8", "weighted-best-of-k, 200", "majority-vote, 9", "majority-vote, 60",
        "beam-search, 16", "revisions, 1", "revisions, 12", "adaptive, 4"})
    void samplerMeanAgreesWithAnalyticAccuracy(String id, int k) {
        Plan plan = Strategies.create(id, StrategyParameters.defaults(), 1e9).plan(SETTING, k);
        ProblemSet problems = SETTING.problems();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261122L + k);
        QueryStreams streams = QueryStreams.of(new RandomStreams(20261122L + k).next());
        int successes = 0;
        double flops = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            Outcome outcome = plan.sample(problems.problem(rng.nextInt(problems.size())), streams);
            successes += outcome.success() ? 1 : 0;
            flops += outcome.flops();
        }
        double expected = plan.accuracy(problems);
        double mean = (double) successes / DRAWS;
        double allowance = id.equals("majority-vote") && k > PluralityVote.EXACT_UP_TO ? 0.005
                : plan instanceof TabulatedPlan ? TABLE_ALLOWANCE : 0;
        double tolerance = 4.5 * Math.sqrt(Math.max(expected * (1 - expected), 1e-4) / DRAWS) + allowance;
        assertTrue(Math.abs(mean - expected) <= tolerance,
                id + "@" + k + ": sampled " + mean + ", analytic " + expected + " ± " + tolerance);
        if (!id.equals("adaptive")) {
            assertEquals(plan.flopsPerQuery(), flops / DRAWS, 1e-9 * plan.flopsPerQuery());
        }
    }
}
