package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.SuitePresets;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the probes' cdf change no bit: the normal cdf is taken as 0 or 1 only where
 * 1 − Φ̄ rounds to exactly that, and a mixture term too small to move the sum is skipped only where
 * adding it would leave the sum as it is.
 */
class ProbeCdfShortcutsTest {

    private static final double[] SHARES = new Distractors(10, SuitePresets.MATH_ZIPF_EXPONENT).shares();

    @Test
    void normalCdfIsOneMinusTheSurvivalBitForBit() {
        for (int i = -600_000; i <= 600_000; i++) {
            double x = i * 1e-4;
            assertSame(x);
        }
        for (double edge : new double[] {-Draws.SATURATED, Draws.SATURATED}) {
            assertSame(Math.nextDown(edge));
            assertSame(edge);
            assertSame(Math.nextUp(edge));
        }
    }

    private static void assertSame(double x) {
        assertEquals(Double.doubleToRawLongBits(1 - Draws.normalSurvival(x)),
                Double.doubleToRawLongBits(Draws.normalCdf(x)), "Φ(" + x + ")");
    }

    /** Every probe count of the range's ends and middle, problems from hopeless to sure, s across the support. */
    @Test
    void mixtureCdfEqualsTheSumOfEveryTermBitForBit() {
        for (int m : new int[] {1, 16, 256}) {
            for (Verifier verifier : new Verifier[] {VerifierPreset.SNELL_PRM.verifier(8e9),
                    VerifierPreset.ARMORM.verifier(8e9)}) {
                ProbeScores probes = ProbeScores.of(m, verifier, SHARES);
                double[] support = probes.support();
                for (double logit = -60; logit <= 40; logit += 0.37) {
                    ProbeScores.Given given = probes.given(new Problem(-logit, 0, 1));
                    for (double s = support[0]; s <= support[1]; s += (support[1] - support[0]) / 397) {
                        assertEquals(Double.doubleToRawLongBits(given.cdfOfEveryTerm(s)),
                                Double.doubleToRawLongBits(given.cdf(s)), m + " probes, logit " + logit + ", s " + s);
                    }
                }
            }
        }
    }
}
