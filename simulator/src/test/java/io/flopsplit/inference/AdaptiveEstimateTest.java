package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.random.RandomStreams;
import io.flopsplit.tasks.AbilityScale;
import io.flopsplit.tasks.DifficultyDistribution;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Adaptive's difficulty estimate: the bins it plans with, that its probes are charged to the query
 * and drawn as planned, that it is not made where it does not pay, and that the oracle variant is
 * labelled as the upper bound it is. On a suite of widely spread difficulty (b ~ N(0, 2²)), where
 * majority vote over a wide budget range makes bins worth knowing.
 */
class AdaptiveEstimateTest {

    static final TaskSuite SPREAD = new TaskSuite("spread", new DifficultyDistribution.Normal(0, 2), 1,
            new AbilityScale(2.0, 0.1), new Distractors(4, 0.7), 64, "test suite");
    static final Setting SETTING = new Setting(SPREAD, 2.0, TestDeployments.of(1e9));
    static final Verifier VERIFIER = VerifierPreset.SNELL_PRM.verifier(1e9);
    private static final List<Strategy> VOTE = List.of(new MajorityVote());
    private static final int DRAWS = 6000;

    static Adaptive adaptive(DifficultyEstimate estimate, int probes, List<Strategy> menu) {
        return new Adaptive(estimate, probes, 5, VERIFIER, menu, AdaptiveBudget.AVERAGE);
    }

    @Test
    void probedBinsHoldEqualSharesAndEveryQueryLandsSomewhere() {
        ProblemSet problems = SETTING.problems();
        for (int m : new int[] {1, 4, 64}) {
            DifficultyBins bins = DifficultyBins.probed(problems, 5, ProbeScores.of(m, VERIFIER,
                    SETTING.distractorShares()));
            for (int b = 0; b < 5; b++) {
                assertEquals(0.2, bins.probability(b), 1e-8, m + " probes, bin " + b);
            }
            for (int i = 0; i < problems.size(); i++) {
                double[] given = bins.binProbabilities(problems.problem(i));
                assertEquals(1, Arrays.stream(given).sum(), 1e-9);
            }
        }
    }

    /**
     * On a preset of 1,024 nodes (math-like, an 8e9 model on 15e12 tokens under chinchilla), planned
     * on a coarser grid and served on the full one: the cost queries really incur — each problem's
     * chance of each bin times that bin's option, plus the estimate — is the plan's price and never
     * exceeds the budget (planning the oracle's bins' shares on the coarse grid overspent by up to
     * 0.18% at k = 512), and the oracle's bins hold equal shares of the served problems.
     */
    @Test
    void aPlanOnTheServedProblemsCostsWhatItsPriceSaysWithinTheBudget() {
        Setting setting = new Setting(SuitePresets.resolve("math-like"), 1.9485, TestDeployments.of(1e9));
        assertEquals(1024, setting.problems().size());
        for (DifficultyEstimate estimate : DifficultyEstimate.values()) {
            Adaptive adaptive = (Adaptive) Adaptive.TYPE.create(StrategyParameters.defaults()
                    .with(Adaptive.DIFFICULTY_ESTIMATE, estimate.id()), 8e9);
            for (int k : new int[] {128, 512}) {
                Plan plan = adaptive.plan(setting, k);
                double budget = setting.deployment().samplingFlops(k);
                if (plan instanceof AdaptivePlan binned) {
                    double real = binned.flopsOn(setting.problems());
                    assertEquals(plan.flopsPerQuery(), real, 1e-9 * real, estimate + " at k = " + k);
                    assertTrue(real <= budget, estimate + " at k = " + k + ": " + real + " > " + budget);
                }
            }
        }
        DifficultyBins oracle = DifficultyBins.oracle(setting.problems(), 5);
        for (int b = 0; b < 5; b++) {
            assertEquals(0.2, oracle.probability(b), 1.0 / 1024, "oracle bin " + b);
        }
    }

    /**
     * The oracle-difficulty bound stays an upper bound with many bins: with 64 bins on math-like some
     * bins hold no node of the 64-node planning grid, and were served greedily (50.8% at k = 100,
     * below adaptive with probes and below serving every query alike); planned on the served
     * problems instead, they are not.
     */
    @Test
    void theOracleBoundWithManyBinsStaysAboveProbesAndNoEstimate() {
        Setting setting = new Setting(SuitePresets.resolve("math-like"), 1.9485, TestDeployments.of(1e9));
        StrategyParameters many = StrategyParameters.defaults().with(Adaptive.BINS, 64L);
        double oracle = Adaptive.TYPE.create(many.with(Adaptive.DIFFICULTY_ESTIMATE, DifficultyEstimate.ORACLE.id()),
                8e9).plan(setting, 100).accuracy(setting.problems());
        double probes = Adaptive.TYPE.create(many, 8e9).plan(setting, 100).accuracy(setting.problems());
        double alike = Adaptive.TYPE.create(many.with(Adaptive.BINS, 1L), 8e9).plan(setting, 100)
                .accuracy(setting.problems());
        assertTrue(oracle >= probes && oracle >= alike, "oracle " + oracle + ", probes " + probes + ", alike " + alike);
    }

    @Test
    void oracleBinsAreThePassAt1Quintiles() {
        ProblemSet problems = SETTING.problems();
        DifficultyBins bins = DifficultyBins.oracle(problems, 5);
        int[] quintile = problems.binsByPassAt1(5);
        for (int i = 0; i < problems.size(); i++) {
            double[] expected = new double[5];
            expected[quintile[i] - 1] = 1;
            assertArrayEquals(expected, bins.binProbabilities(problems.problem(i)), 0);
        }
    }

    /** Easy problems land mostly in the easy bins, hard ones in the hard bins: the probes carry information. */
    @Test
    void probesPutEasyProblemsInEasyBins() {
        DifficultyBins bins = DifficultyBins.probed(SETTING.problems(), 5, ProbeScores.of(16, VERIFIER,
                SETTING.distractorShares()));
        double[] easy = bins.binProbabilities(new Problem(-3, 0, 1));
        double[] hard = bins.binProbabilities(new Problem(3, 0, 1));
        assertTrue(easy[0] + easy[1] > 0.85, Arrays.toString(easy));
        assertTrue(hard[3] + hard[4] > 0.7, Arrays.toString(hard));
    }

    /**
     * With majority vote at k = 512 on the spread suite, 4 probes pay (the easy bins need few votes), and
     * the probed plan's FLOPs are the probes' plus its bins' average, within the budget; its sampler
     * charges every query the probes and lands in bins as planned.
     */
    @Test
    void theEstimateIsChargedAndSampledAsPlanned() {
        Plan plan = adaptive(DifficultyEstimate.PROBES, 4, VOTE).plan(SETTING, 512);
        assertTrue(plan.describe().startsWith("4 probes: 1:majority-vote@"), plan.describe());
        double probeFlops = ProbeScores.of(4, VERIFIER, SETTING.distractorShares()).flops(SETTING.deployment());
        double budget = SETTING.deployment().samplingFlops(512);
        assertTrue(plan.flopsPerQuery() <= budget * (1 + 1e-12) && plan.flopsPerQuery() > probeFlops,
                plan.flopsPerQuery() + " against " + budget);
        ProblemSet problems = SETTING.problems();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20_261_122L);
        QueryStreams streams = QueryStreams.of(new RandomStreams(20_261_122L).next());
        Set<Double> binCosts = new HashSet<>();
        Matcher vote = Pattern.compile("majority-vote@(\\d+)").matcher(plan.describe());
        while (vote.find()) {
            binCosts.add(new MajorityVote().flopsPerQuery(SETTING.deployment(), Integer.parseInt(vote.group(1))));
        }
        int successes = 0;
        double flops = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            Outcome outcome = plan.sample(problems.problem(rng.nextInt(problems.size())), streams);
            successes += outcome.success() ? 1 : 0;
            flops += outcome.flops();
            double answer = outcome.flops() - probeFlops;
            assertTrue(binCosts.stream().anyMatch(cost -> Math.abs(cost - answer) <= 1e-9 * cost),
                    "a query pays its probes and its bin's option: " + outcome.flops() + " - " + probeFlops
                            + " is none of " + binCosts);
        }
        double expected = plan.accuracy(problems);
        assertEquals(expected, (double) successes / DRAWS, 4.5 * Math.sqrt(expected * (1 - expected) / DRAWS));
        assertEquals(plan.flopsPerQuery(), flops / DRAWS, 0.03 * plan.flopsPerQuery());
    }

    /** At k = 8 probes cost more than they are worth: every query is served alike, with nothing spent on an estimate. */
    @Test
    void whereTheEstimateDoesNotPayItIsNotMade() {
        Plan plan = adaptive(DifficultyEstimate.PROBES, 4, VOTE).plan(SETTING, 8);
        assertEquals("no estimate: majority-vote@8", plan.describe());
        assertEquals(new MajorityVote().plan(SETTING, 8).flopsPerQuery(), plan.flopsPerQuery(), 0);
        Plan oracle = adaptive(DifficultyEstimate.ORACLE, 4, VOTE).plan(SETTING, 8);
        assertTrue(oracle.accuracy(SETTING.problems()) > plan.accuracy(SETTING.problems()) + 0.01,
                "the free oracle still gains");
    }

    @Test
    void theOracleVariantIsLabelledAsTheUpperBound() {
        Plan oracle = adaptive(DifficultyEstimate.ORACLE, 4, VOTE).plan(SETTING, 64);
        assertEquals("adaptive-oracle-difficulty", oracle.strategy());
        assertTrue(oracle.describe().startsWith("oracle difficulty (upper bound): 1:"), oracle.describe());
        assertEquals("adaptive", adaptive(DifficultyEstimate.PROBES, 4, VOTE).plan(SETTING, 64).strategy());
        assertTrue(Adaptive.DIFFICULTY_ESTIMATE.description().contains("upper bound: knows each query's true"
                + " difficulty"), Adaptive.DIFFICULTY_ESTIMATE.description());
        Strategy made = Adaptive.TYPE.create(StrategyParameters.defaults().with(Adaptive.DIFFICULTY_ESTIMATE,
                "oracle"), 1e9);
        assertEquals(DifficultyEstimate.ORACLE, ((Adaptive) made).estimate());
        Strategy bound = Adaptive.ORACLE_DIFFICULTY.create(StrategyParameters.defaults(), 1e9);
        assertEquals(DifficultyEstimate.ORACLE, ((Adaptive) bound).estimate());
        assertTrue(Strategies.find(Adaptive.ORACLE_LABEL).isEmpty(), "the upper bound is not deployable by name");
    }

    /** The oracle's bins know more than paid probes: it is at least as accurate at every budget tried. */
    @Test
    void probesDoNoBetterThanTheOracle() {
        for (int k : new int[] {2, 8, 64, 512, 2048}) {
            double probes = adaptive(DifficultyEstimate.PROBES, 4, VOTE).plan(SETTING, k).accuracy(SETTING.problems());
            double oracle = adaptive(DifficultyEstimate.ORACLE, 4, VOTE).plan(SETTING, k).accuracy(SETTING.problems());
            assertTrue(probes <= oracle, "k = " + k + ": probes " + probes + ", oracle " + oracle);
        }
    }
}
