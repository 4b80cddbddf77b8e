package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.VerifierPreset;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code snell-revision-orm} preset is the fit's: at its separation the standardised
 * residuals to Snell et al. 2024 (arXiv 2408.03314) Fig. 8 — parallel samples of the revision model,
 * best-of-N weighted, 18 / 24 / 29 / 33% at N = 1 / 2 / 4 / 8, third-party readings, σ 1.5 points —
 * are the ones the preset documents (χ² = 0.54), each within one σ; and Levenberg–Marquardt started
 * from snell-prm's separation ends at the shipped value.
 */
class RevisionVerifierFitTest {

    @Test
    void shippedPresetReproducesTheDocumentedResiduals() {
        double[] residuals = RevisionVerifierFit.shippedResiduals();
        double[] documented = {0.181, -0.438, -0.311, 0.471};
        for (int i = 0; i < residuals.length; i++) {
            assertEquals(documented[i], residuals[i], 0.005, "residual " + i);
            assertTrue(Math.abs(residuals[i]) < 1, "residual " + i + " is " + residuals[i]);
        }
        assertEquals(0.54, BeamSearchFit.chiSquare(residuals), 0.01);
    }

    @Test
    void theFitFromSnellPrmsSeparationEndsAtTheShippedPreset() {
        RevisionVerifierFit.Result fit = RevisionVerifierFit.fit(VerifierPreset.SNELL_PRM.separationEasy());
        assertEquals(VerifierPreset.SNELL_REVISION_ORM.separationEasy(), fit.separationEasy(), 5e-4);
        assertEquals(VerifierPreset.SNELL_REVISION_ORM.answerEffect(), fit.answerEffect());
        assertEquals(0.54, fit.chiSquare(), 0.01);
    }
}
