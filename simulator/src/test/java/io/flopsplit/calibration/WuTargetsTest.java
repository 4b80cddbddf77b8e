package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.WeightedBestOfK;
import org.junit.jupiter.api.Test;

/**
 * The Wu et al. 2024 rows (arXiv 2408.00724, Table 1): the FLOPs accounting gives the table's own
 * sampling FLOPs; the fitted abilities order the models; and without a search in the 7B's hands —
 * weighted-best-of-k where beam search stands for REBASE — the predicted rows W3–W5 fail.
 */
class WuTargetsTest {

    @Test
    void theAccountingGivesTheTablesSamplingFlops() {
        // Table 1: Llemma-7B sampling 256 solutions 1.0e15 FLOPs, Llemma-34B 64 solutions 1.21e15.
        assertEquals(WuTargets.SAMPLING_7B_FLOPS, WuTargets.generationFlops(WuTargets.PARAMS_7B, 256), 0.01e15);
        assertEquals(WuTargets.SAMPLING_34B_FLOPS, WuTargets.generationFlops(WuTargets.PARAMS_34B, 64), 0.02e15);
        // REBASE's 1.48e14 FLOPs are about 38 of the 7B's solutions
        assertEquals(38, WuTargets.budgetAt(WuTargets.REBASE_FLOPS));
    }

    @Test
    void theLargerModelIsTheAblerAndBothHoldTheirSamplingRows() {
        assertTrue(WuTargets.Abilities.LARGE > WuTargets.Abilities.SMALL);
        assertEquals(WuTargets.SAMPLING_7B, WuTargets.sampling(WuTargets.PARAMS_7B, WuTargets.Abilities.SMALL, 256), 1e-6);
        assertEquals(WuTargets.SAMPLING_34B, WuTargets.sampling(WuTargets.PARAMS_34B, WuTargets.Abilities.LARGE, 64),
                1e-6);
    }

    @Test
    void withoutASearchThePredictedRowsFail() {
        String noSearch = WeightedBestOfK.ID;
        double atRebase = WuTargets.searchAccuracy(noSearch, WuTargets.budgetAt(WuTargets.REBASE_FLOPS));
        assertFalse(tolerance("W3").accepts(atRebase), "weighted voting at 38 samples: " + atRebase);
        double ownSampling = WuTargets.flopsRatio(noSearch, WuTargets.PARAMS_7B, 256,
                WuTargets.sampling(WuTargets.PARAMS_7B, WuTargets.Abilities.SMALL, 256));
        assertEquals(1, ownSampling, 0.01);
        assertFalse(tolerance("W5").accepts(ownSampling));
        // the 7B's weighted voting plateaus below the 34B's 46.7%: W4 has no ratio, and a row whose model throws fails
        double large = WuTargets.sampling(WuTargets.PARAMS_34B, WuTargets.Abilities.LARGE, 64);
        assertThrows(ComputeEfficiency.Unreached.class, () -> WuTargets.flopsRatio(noSearch, WuTargets.PARAMS_34B, 64,
                large));
    }

    private static Tolerance tolerance(String id) {
        return CalibrationTargets.find(id).orElseThrow().tolerance();
    }
}
