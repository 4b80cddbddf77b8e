package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.RevisionChains;
import io.flopsplit.inference.Revisions;
import io.flopsplit.inference.VerifierPreset;
import org.junit.jupiter.api.Test;

/**
 * The test-time rows can fail: evaluated on broken constants, the targets that guard them turn.
 * (The shipped constants are held by {@link CalibrationTargetsTest}.)
 */
class TestTimeTargetsBreakTest {

    /** Snell et al. §6.1: "around 38%" of right answers broken; a revision that keeps 85% breaks far fewer. */
    @Test
    void aRevisionThatRarelyRevisesFailsTheBreakRate() {
        CalibrationTarget target = RevisionTargets.targets().get(0);
        assertTrue(target.evaluate().passed(), "shipped constants");
        Revisions sticky = new Revisions(0.85, 0.5, 1, RevisionChains.Selection.VERIFIER,
                VerifierPreset.SNELL_PRM.verifier(8e9));
        double rate = RevisionTargets.breakRate(sticky);
        assertFalse(target.tolerance().accepts(rate), "break rate " + rate + " with keep 0.85");
    }

    /** Brown et al. Fig. 7: the general ArmoRM ends near 0.31; the much better snell-prm verifier in its place does not. */
    @Test
    void anotherVerifierFailsBrownsRewardModelRow() {
        CalibrationTarget target = VerifierTargets.targets().get(0);
        double withSnellPrm = TestTimeCases.accuracy(TestTimeCases.strategy("best-of-k-verifier"),
                TestTimeCases.llama8b(), 100);
        assertFalse(target.tolerance().accepts(withSnellPrm), "snell-prm gives " + withSnellPrm);
    }

    /** The per-strategy match rows turn when a strategy beats the larger model in a pretraining bin: greedy never does. */
    @Test
    void theMatchRowsCountWinsInThePretrainingBins() {
        MatchTargets.Cell middle = MatchTargets.GRID.get(1);
        assertTrue(MatchTargets.winsOf(middle, "beam-search") > 0, "beam search wins a pretraining bin at R = 0.79");
        assertTrue(MatchTargets.winsOf(middle, "majority-vote") == 0, "majority vote wins none");
    }
}
