package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.SuitePresets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The difficulty probes of adaptive: what they cost, that the estimates the sampler draws follow the
 * distribution the planner bins with, that more probes separate easy from hard problems better, and
 * that extreme problems give probabilities.
 */
class ProbeScoresTest {

    private static final Verifier VERIFIER = VerifierPreset.SNELL_PRM.verifier(8e9);
    private static final double[] SHARES = new Distractors(10, SuitePresets.MATH_ZIPF_EXPONENT).shares();
    private static final int DRAWS = 20_000;

    /** m answers on the shared prompt, 2·N·m·τ_out, and m scorings of prompt and answer, 2·N_v·m·(τ_in + τ_out). */
    @Test
    void probesCostTheirAnswersAndTheirScoring() {
        ProbeScores probes = ProbeScores.of(16, VerifierPreset.SNELL_PRM.verifier(2e9), SHARES);
        double expected = 2 * 8e9 * 16 * 280 + 2 * 2e9 * 16 * (200 + 280);
        assertEquals(expected, probes.flops(TestDeployments.of(8e9)), 1e-9 * expected);
    }

    @ParameterizedTest(name = "m = {0}, logit p = {1}")
    @CsvSource({"1, -2", "4, -2", "4, 0.5", "16, 3", "16, -4", "64, -1"})
    void sampledEstimatesFollowTheDistributionTheBinsArePlannedWith(int m, double logit) {
        ProbeScores probes = ProbeScores.of(m, VERIFIER, SHARES);
        Problem problem = new Problem(-logit, 0, 1);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20_261_122L + m);
        double[] draws = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            draws[i] = probes.sample(problem, rng);
        }
        for (double s = -1.5; s <= 1.5; s += 0.25) {
            double at = s;
            double empirical = java.util.Arrays.stream(draws).filter(d -> d <= at).count() / (double) DRAWS;
            double planned = probes.cdf(s, problem);
            double tolerance = 4.5 * Math.sqrt(Math.max(planned * (1 - planned), 1e-4) / DRAWS);
            assertEquals(planned, empirical, tolerance, "P(D <= " + s + ")");
        }
    }

    /**
     * How often an easy problem (p = 0.7) looks harder than a hard one (p = 0.1): falls as probes are
     * added, but not to zero — the answer effects every probe of one answer shares do not average out
     * (with τ = 0.67 about 3.6% misordered however many probes are drawn).
     */
    @Test
    void moreProbesTellEasyFromHardBetter() {
        Problem easy = new Problem(-Math.log(0.7 / 0.3), 0, 1);
        Problem hard = new Problem(-Math.log(0.1 / 0.9), 0, 1);
        double previous = 1;
        for (int m : new int[] {1, 4, 16, 64, 256}) {
            ProbeScores probes = ProbeScores.of(m, VERIFIER, SHARES);
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L * m);
            int misordered = 0;
            for (int i = 0; i < DRAWS; i++) {
                misordered += probes.sample(easy, rng) > probes.sample(hard, rng) ? 1 : 0;
            }
            double share = (double) misordered / DRAWS;
            assertTrue(m == 256 || share < previous - 0.01, m + " probes misorder " + share + ", fewer " + previous);
            previous = share;
        }
        assertTrue(previous > 0.025 && previous < 0.05, "256 probes misorder " + previous);
    }

    /** With every probe wrong, a problem of p = 1e-3 and one of p = 1e-6 look nearly alike: the hard tail is hidden. */
    @Test
    void fewProbesCannotTellHardFromHopeless() {
        ProbeScores probes = ProbeScores.of(4, VERIFIER, SHARES);
        Problem hard = new Problem(-Math.log(1e-3), 0, 1);
        Problem hopeless = new Problem(-Math.log(1e-6), 0, 1);
        for (double s = -1; s <= 1; s += 0.25) {
            assertEquals(probes.cdf(s, hard), probes.cdf(s, hopeless), 0.01, "P(D <= " + s + ")");
        }
    }

    @Test
    void extremeProblemsGiveProbabilitiesRisingInTheEdge() {
        for (int m : new int[] {1, 256}) {
            ProbeScores probes = ProbeScores.of(m, VERIFIER, SHARES);
            double[] support = probes.support();
            for (double logit : new double[] {-60, -30, 0, 30, 60}) {
                Problem problem = new Problem(-logit, 0, 1);
                double previous = 0;
                for (double s = support[0]; s <= support[1]; s += (support[1] - support[0]) / 50) {
                    double cdf = probes.cdf(s, problem);
                    assertTrue(Double.isFinite(cdf) && cdf >= previous - 1e-15 && cdf <= 1, logit + " at " + s + ": " + cdf);
                    previous = cdf;
                }
                assertEquals(0, probes.cdf(support[0], problem), 1e-12);
                assertEquals(1, probes.cdf(support[1], problem), 1e-12);
            }
        }
    }
}
