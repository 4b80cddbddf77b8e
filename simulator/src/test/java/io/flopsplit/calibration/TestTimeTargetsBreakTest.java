package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.Adaptive;
import io.flopsplit.inference.BeamSearch;
import io.flopsplit.inference.DifficultyEstimate;
import io.flopsplit.inference.Greedy;
import io.flopsplit.inference.RevisionChains;
import io.flopsplit.inference.Revisions;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.inference.VerifierPreset;
import io.flopsplit.inference.WeightedBestOfK;
import java.util.List;
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

    /**
     * Snell et al. score the revision model's outputs with an ORM trained on them (appendix "Revision
     * Model Verifier Training"); the base model's snell-prm in its place climbs faster than Fig. 8's
     * parallel samples (33% at N = 8), and R8 turns.
     */
    @Test
    void theBaseModelsPrmFailsTheRevisionModelsParallelRow() {
        CalibrationTarget target = row("R8");
        assertTrue(target.evaluate().passed(), "shipped snell-revision-orm");
        double withSnellPrm = RevisionVerifierFit.parallel(StrategyParameters.defaults(), 8);
        assertFalse(target.tolerance().accepts(withSnellPrm), "snell-prm gives " + withSnellPrm);
    }

    /** Brown et al. Fig. 7: the general ArmoRM ends near 0.31; the much better snell-prm verifier in its place does not. */
    @Test
    void anotherVerifierFailsBrownsRewardModelRow() {
        CalibrationTarget target = VerifierTargets.targets().get(0);
        double withSnellPrm = TestTimeCases.accuracy(TestTimeCases.strategy("best-of-k-verifier"),
                TestTimeCases.llama8b(), 100);
        assertFalse(target.tolerance().accepts(withSnellPrm), "snell-prm gives " + withSnellPrm);
    }

    /**
     * Snell et al. §5.3: on easy questions beam search degrades as the budget grows. With neither
     * source of over-optimisation — no exploit step the PRM over-rates (a_s = 0) and wrong steps'
     * scores no noisier than right ones' (σ_w = 1) — wider search never hurts the easiest quintile.
     * (M = √N still ends below M = 4 at N = 256 without them, 42.9% against 44.7%: its fewer beams
     * keep fewer right lines; the over-rated lines widen that gap to the fitted 2.9 points.)
     */
    @Test
    void withoutOverRatedLinesBeamSearchDoesNotOverOptimise() {
        CalibrationTarget easy = row("S16");
        assertTrue(easy.evaluate().passed(), "shipped constants");
        StrategyParameters even = StrategyParameters.defaults().with(BeamSearch.STEP_EXPLOIT_APPEAL, 0.0)
                .with(BeamSearch.WRONG_NOISE, 1.0);
        var beam = TestTimeCases.strategy(BeamSearch.ID, even);
        double change = TestTimeCases.binAccuracy(beam, TestTimeCases.snellBase(), 256, 1)
                - TestTimeCases.binAccuracy(beam, TestTimeCases.snellBase(), 16, 1);
        assertFalse(easy.tolerance().accepts(change), "bin 1 changes by " + change + " with a_s = 0, sigma_w = 1");
    }

    /**
     * PRM search stays below pass@N in every quintile at every N (S19); without the bottleneck (h
     * unbounded) quintile 4 exceeds pass@16, which S19's tolerance rejects.
     */
    @Test
    void withoutABottleneckBeamSearchBeatsPassAtKOnHardQuintiles() {
        CalibrationTarget bound = row("S19");
        var beam = TestTimeCases.strategy(BeamSearch.ID);
        double shipped = TestTimeCases.binAccuracy(beam, TestTimeCases.snellBase(), 16, 4)
                - TestTimeCases.binCoverage(TestTimeCases.snellBase(), 16, 4);
        assertTrue(bound.tolerance().accepts(shipped), "shipped constants, quintile 4 at N = 16: " + shipped);
        var spread = TestTimeCases.strategy(BeamSearch.ID,
                StrategyParameters.defaults().with(BeamSearch.SPREAD_DIFFICULTY, 1e6));
        double excess = TestTimeCases.binAccuracy(spread, TestTimeCases.snellBase(), 16, 4)
                - TestTimeCases.binCoverage(TestTimeCases.snellBase(), 16, 4);
        assertFalse(bound.tolerance().accepts(excess), "quintile 4 at N = 16 exceeds pass@16 by " + excess);
    }

    /**
     * Fig. 3 (right): beam search leads best-of-N weighted in bins 3 and 4 at every budget (S20), and
     * over-optimises in bin 2 at higher budgets (S21). A PRM that barely separates right steps from
     * wrong ones (λ = 0.05) loses that lead; a PRM that does not over-rate exploit steps (a_s = 0)
     * lets bin 2 rise to the largest budget.
     */
    @Test
    void aWeakerOrUnhackablePrmFailsTheRowsByDifficulty() {
        CalibrationTarget lead = row("S20");
        CalibrationTarget easy = row("S21");
        assertTrue(lead.evaluate().passed() && easy.evaluate().passed(), "shipped constants");
        var weighted = TestTimeCases.strategy(WeightedBestOfK.ID);
        var blunt = TestTimeCases.strategy(BeamSearch.ID,
                StrategyParameters.defaults().with(BeamSearch.STEP_SEPARATION, 0.05));
        double smallest = SearchTargets.smallestLead(blunt, weighted);
        assertFalse(lead.tolerance().accepts(smallest), "lead with lambda = 0.05: " + smallest);
        var unhackable = TestTimeCases.strategy(BeamSearch.ID,
                StrategyParameters.defaults().with(BeamSearch.STEP_EXPLOIT_APPEAL, 0.0));
        double change = SearchTargets.belowPeak(unhackable, 2);
        assertFalse(easy.tolerance().accepts(change), "bin 2 ends " + change + " from its peak with a_s = 0");
    }

    /**
     * Fig. 3 (right): best-of-N weighted does not over-optimise on the easier problems (S22). A scorer
     * that over-rates degenerate lines (exploits at 5% a step, 6 sd of appeal) does: the more samples,
     * the likelier one of them wins, and bins 1 and 2 fall somewhere between N = 4 and 256.
     */
    @Test
    void aHackableVerifierFailsTheNoOverOptimisationRow() {
        CalibrationTarget target = row("S22");
        assertTrue(target.evaluate().passed(), "shipped snell-prm");
        StrategyParameters hackable = StrategyParameters.defaults().with(VerifierKeys.PRESET, "custom")
                .with(VerifierKeys.EXPLOIT_RATE, 0.05).with(VerifierKeys.EXPLOIT_APPEAL, 6.0);
        double rise = SearchTargets.smallestRise(TestTimeCases.strategy(WeightedBestOfK.ID, hackable));
        assertFalse(target.tolerance().accepts(rise), "smallest rise with exploits: " + rise);
    }

    private static CalibrationTarget row(String id) {
        return CalibrationTargets.find(id).orElseThrow();
    }

    /** The per-strategy match rows turn when a strategy beats the larger model in a pretraining bin: greedy never does. */
    @Test
    void theMatchRowsCountWinsInThePretrainingBins() {
        MatchTargets.Cell middle = MatchTargets.GRID.get(1);
        assertTrue(MatchTargets.winsOf(middle, "beam-search") > 0, "beam search wins a pretraining bin at R = 0.79");
        assertTrue(MatchTargets.winsOf(middle, "majority-vote") == 0, "majority vote wins none");
    }

    /**
     * Snell et al.'s efficiency of compute-optimal search: with best-of-N weighted its only method (no
     * beam search to choose in any bin) the efficiency is 1 and every efficiency row (A1 to A3) fails;
     * the shipped model passes them.
     */
    @Test
    void computeOptimalSearchWithoutBeamSearchFailsTheEfficiencyRows() {
        List<Strategy> weightedOnly = List.of(TestTimeCases.strategy(WeightedBestOfK.ID));
        for (CalibrationTarget target : AdaptiveTargets.targets().subList(0, AdaptiveTargets.GENERATIONS.length)) {
            assertTrue(target.evaluate().passed(), target.id() + " with the shipped model");
            int n = Integer.parseInt(target.quantity().replaceAll(".*N = (\\d+).*", "$1"));
            double efficiency = AdaptiveTargets.efficiency(weightedOnly, n);
            assertFalse(target.tolerance().accepts(efficiency), target.id() + " without beam search: " + efficiency);
        }
    }

    /** The direction that predicted bins do no better than oracle ones turns when the "oracle" can only answer greedily. */
    @Test
    void aWeakerOracleFailsTheDirectionRows() {
        CalibrationTarget target = AdaptiveTargets.targets().get(4);
        assertTrue(target.evaluate().passed(), "shipped model");
        Adaptive oracle = AdaptiveTargets.adaptive(DifficultyEstimate.ORACLE);
        Adaptive greedyOracle = oracle.withMenu(List.of(new Greedy()));
        double gap = TestTimeCases.accuracy(AdaptiveTargets.adaptive(DifficultyEstimate.PROBES), TestTimeCases.llama8b(),
                1024) - TestTimeCases.accuracy(greedyOracle, TestTimeCases.llama8b(), 1024);
        assertFalse(target.tolerance().accepts(gap), "probes against a greedy oracle: " + gap);
    }
}
