package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.flopsplit.ReRunHint;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.SuitePresets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ReRunHint.class)
class InferenceProperties {

    private static final Setting SETTING = new Setting(SuitePresets.resolve("math-like"), 1.95, TestDeployments.of(8e9));

    @Test
    void moreSamplesNeverLowerOracleCoverage() {
        qt().forAll(doubles().between(-40, 40), integers().between(1, 1_000_000), integers().between(1, 1_000_000))
                .checkAssert((logit, k1, k2) -> {
                    Problem problem = new Problem(-logit, 0, 1);
                    double low = new BestOfKOracle().plan(SETTING, Math.min(k1, k2)).successProbability(problem);
                    double high = new BestOfKOracle().plan(SETTING, Math.max(k1, k2)).successProbability(problem);
                    assertTrue(high >= low && Double.isFinite(high) && high <= 1, low + " then " + high);
                });
    }

    @Test
    void flopsPerQueryAreLinearInK() {
        qt().forAll(integers().between(2, 1_000_000)).checkAssert(k -> {
            for (String id : Strategies.ids()) {
                Strategy strategy = Strategies.create(id, StrategyParameters.defaults(), 8e9);
                if (strategy instanceof Greedy || strategy instanceof BeamSearch) {
                    continue;
                }
                Deployment deployment = SETTING.deployment();
                double step = strategy.flopsPerQuery(deployment, 2) - strategy.flopsPerQuery(deployment, 1);
                double expected = strategy.flopsPerQuery(deployment, 1) + (k - 1) * step;
                assertEquals(expected, strategy.flopsPerQuery(deployment, k), 1e-12 * expected, id);
            }
        });
    }

    @Test
    void successProbabilitiesAreFiniteProbabilitiesForLargeK() {
        Plan vote = new MajorityVote().plan(SETTING, 20_000);
        Plan verifier = new BestOfKVerifier(VerifierPreset.SNELL_PRM.verifier(8e9), 8).plan(SETTING, 100_000);
        Plan revisions = Strategies.create(Revisions.ID, StrategyParameters.defaults(), 8e9).plan(SETTING, Revisions.MAX_K);
        qt().withExamples(60).forAll(doubles().between(-30, 30)).checkAssert(logit -> {
            Problem problem = new Problem(-logit, 0, 1);
            for (Plan plan : new Plan[] {vote, verifier, revisions}) {
                double p = plan.successProbability(problem);
                assertTrue(p >= 0 && p <= 1, plan.describe() + " gave " + p);
            }
        });
    }

    @Test
    void passAtKIsAProbabilityIncreasingInCorrectSamples() {
        qt().forAll(integers().between(2, 5000), integers().between(0, 5000), integers().between(0, 5000))
                .checkAssert((n, cSeed, kSeed) -> {
                    int c = cSeed % n;
                    int k = 1 + kSeed % n;
                    double estimate = PassAtK.estimate(n, c, k);
                    assertTrue(estimate >= 0 && estimate <= 1);
                    assertTrue(PassAtK.estimate(n, c + 1, k) >= estimate);
                });
    }
}
