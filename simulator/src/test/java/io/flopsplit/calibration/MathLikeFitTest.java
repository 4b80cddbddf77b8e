package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import org.junit.jupiter.api.Test;

/**
 * Re-runs the math-like fit and checks the preset against it and against the published figures:
 * Brown et al. 2024 (arXiv 2407.21787, Fig. 2, §4), Llama-3-8B-Instruct on MATH — coverage 82.9%
 * at k = 100, 98.44% at k = 10,000, majority vote 40.5–41.4% and flat; Llama 3 model card, MATH
 * (4-shot CoT) pass@1 30.0% (8B-Instruct) and 50.4% (70B-Instruct).
 */
class MathLikeFitTest {

    private static final LossLaw CHINCHILLA = LawProfiles.resolve("chinchilla").law();

    @Test
    void presetHoldsTheFittedConstants() {
        MathLikeFit.Result fit = MathLikeFit.fit(CHINCHILLA);
        assertEquals(SuitePresets.MATH_DIFFICULTY_SD, fit.difficultySd(), 1e-5);
        assertEquals(SuitePresets.MATH_ZIPF_EXPONENT, fit.zipfExponent(), 1e-5);
        assertEquals(SuitePresets.MATH_REFERENCE_LOSS, fit.scale().referenceLoss(), 1e-6);
        assertEquals(SuitePresets.MATH_LOSS_SCALE, fit.scale().lossScale(), 1e-7);
        assertTrue(fit.residualRms() < 0.004, "RMS residual " + fit.residualRms());
    }

    @Test
    void presetReproducesThePublishedRepeatedSamplingShape() {
        TaskSuite suite = SuitePresets.resolve("math-like");
        ProblemSet llama8b = suite.problemsAt(CHINCHILLA.loss(8e9, 15e12));
        assertEquals(0.300, llama8b.passAt1(), 0.002);
        assertEquals(0.829, llama8b.coverage(100), 0.003);
        assertEquals(0.9844, llama8b.coverage(10_000), 0.006);
        for (int k : new int[] {100, 1000, 10_000}) {
            double vote = MathLikeFit.majorityVote(llama8b, SuitePresets.MATH_ZIPF_EXPONENT, k);
            assertTrue(vote >= 0.405 && vote <= 0.414, "majority vote at k = " + k + ": " + vote);
        }
        assertEquals(0.504, suite.passAt1(CHINCHILLA.loss(70e9, 15e12)), 1e-6);
    }
}
