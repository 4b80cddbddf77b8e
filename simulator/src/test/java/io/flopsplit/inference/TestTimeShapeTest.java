package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.tasks.SuitePresets;
import org.junit.jupiter.api.Test;

/**
 * The shapes the literature reports must emerge from the model on a widely spread suite (math-like,
 * a power-law left tail of per-problem success): coverage keeps rising as a power law in k while majority vote and a
 * learned verifier saturate below it (Brown et al. 2024, arXiv 2407.21787; Wu et al. 2024,
 * arXiv 2408.00724).
 */
class TestTimeShapeTest {

    private static final Setting SETTING =
            new Setting(SuitePresets.resolve("math-like"), 1.9485316, TestDeployments.of(8e9));
    private static final int[] KS = {10, 100, 1000, 10000};

    private static double[] accuracies(Strategy strategy) {
        double[] accuracy = new double[KS.length];
        for (int i = 0; i < KS.length; i++) {
            accuracy[i] = strategy.plan(SETTING, KS[i]).accuracy(SETTING.problems());
        }
        return accuracy;
    }

    /** Slope of log(failure rate) per decade of k, from the first to the last budget. */
    private static double failureExponent(double[] accuracy) {
        return Math.log10((1 - accuracy[accuracy.length - 1]) / (1 - accuracy[0])) / (KS.length - 1);
    }

    @Test
    void coverageRisesAsAPowerLawWhileVotingAndVerifierSaturateBelowIt() {
        double[] oracle = accuracies(new BestOfKOracle());
        double[] vote = accuracies(new MajorityVote());
        double[] verifier = accuracies(new BestOfKVerifier(VerifierPreset.SNELL_PRM.verifier(8e9), 8));
        for (int i = 1; i < KS.length; i++) {
            // every decade of samples removes a large share of the remaining failures: a power law
            double decadeExponent = Math.log10((1 - oracle[i]) / (1 - oracle[i - 1]));
            assertTrue(decadeExponent < -0.3, "coverage exponent per decade " + decadeExponent);
            assertTrue(vote[i] < oracle[i] && verifier[i] < oracle[i]);
        }
        assertEquals(vote[1], vote[3], 0.01, "majority vote is flat from k = 100 to 10,000");
        assertTrue(failureExponent(verifier) > failureExponent(oracle) / 3,
                "the verifier's failures fall far more slowly than coverage's");
        assertTrue(oracle[3] - verifier[3] > oracle[1] - verifier[1], "the gap to coverage widens");
    }

    @Test
    void coverageOnAHomogeneousSuiteIsNotAPowerLaw() {
        Setting narrow = new Setting(SuitePresets.resolve("narrow"), 1.9485316, TestDeployments.of(8e9));
        double at100 = new BestOfKOracle().plan(narrow, 100).accuracy(narrow.problems());
        assertTrue(1 - at100 < 1e-9, "with every problem at p ≈ 0.3, 100 samples leave ~0.7^100 unsolved");
        double vote10 = new MajorityVote().plan(narrow, 10).accuracy(narrow.problems());
        double vote1000 = new MajorityVote().plan(narrow, 1000).accuracy(narrow.problems());
        assertTrue(vote1000 > 0.85 && vote1000 > vote10 + 0.2,
                "where most problems' p beats the top distractor, voting keeps climbing: " + vote10 + " -> " + vote1000);
    }

    // Wu et al. 2024 (arXiv 2408.00724), MATH500: Llemma-7B, 256 samples, 1.0e15 FLOPs; Llemma-34B,
    // 64 samples, 1.21e15 FLOPs. With the prompt not counted, 2·N·k·τ_out reproduces both with
    // τ_out = 280 tokens (the default answer length) within 1%.
    @Test
    void samplingFlopsReproduceWuEtAl() {
        Deployment llemma7b = new Deployment(7e9, 0, 280, ComputeConvention.STANDARD);
        Deployment llemma34b = new Deployment(34e9, 0, 280, ComputeConvention.STANDARD);
        assertEquals(1.0e15, new BestOfKOracle().flopsPerQuery(llemma7b, 256), 0.01 * 1.0e15);
        assertEquals(1.21e15, new MajorityVote().flopsPerQuery(llemma34b, 64), 0.01 * 1.21e15);
    }

    @Test
    void verifierFlopsChargeTheVerifier() {
        Deployment deployment = new Deployment(8e9, 100, 300, ComputeConvention.STANDARD);
        double flops = new BestOfKVerifier(VerifierPreset.SNELL_PRM.verifier(1e9), 8).flopsPerQuery(deployment, 10);
        assertEquals(2 * 8e9 * (100 + 10 * 300) + 2 * 1e9 * 10 * (100 + 300), flops, 1);
    }
}
