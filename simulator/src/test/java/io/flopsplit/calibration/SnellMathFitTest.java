package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.tasks.SuitePresets;
import org.junit.jupiter.api.Test;

/**
 * Re-runs the snell-math fit and checks that the preset holds its constants. Targets (Snell et al.
 * 2024, arXiv 2408.03314): PaLM 2-S* base pass@1 10.5% and majority vote 18.0/22.5/27.8/28.5% at
 * N = 8/32/128/512 (Fig. 3/4), the revision model's pass@1 by quintile 60/22/8/2/1% (Fig. 9 left);
 * the figure values are third-party readings, hence the σ of 1–2.5 points each target carries.
 */
class SnellMathFitTest {

    @Test
    void presetHoldsTheFittedConstantsAndEveryTargetIsWithinTwoSigma() {
        SnellMathFit.Result fit = SnellMathFit.fit();
        assertEquals(SuitePresets.SNELL_ALPHA, fit.alpha(), 1e-5);
        assertEquals(SuitePresets.SNELL_BETA, fit.beta(), 1e-4);
        assertEquals(SuitePresets.SNELL_BASE_ABILITY, fit.baseAbility(), 1e-5);
        assertEquals(SuitePresets.SNELL_REVISION_ABILITY, fit.revisionAbility(), 1e-5);
        assertEquals(SuitePresets.SNELL_ZIPF_EXPONENT, fit.zipfExponent(), 1e-5);
        for (double residual : fit.residuals()) {
            assertTrue(Math.abs(residual) < 2, "standardised residual " + residual);
        }
        assertTrue(fit.rms() < 1, "rms " + fit.rms());
    }
}
