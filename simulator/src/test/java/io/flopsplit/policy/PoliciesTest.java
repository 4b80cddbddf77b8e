package io.flopsplit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Expectation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.check.AllocationInvariants;
import io.flopsplit.compute.ComputeUnits;
import io.flopsplit.engine.training.TrainingChunk;
import io.flopsplit.engine.training.TrainingDecision;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoliciesTest {

    @Test
    void registryListsEveryBuiltInWithTheOracleLast() {
        assertEquals(List.of("chinchilla", "kaplan", "fixed-split", "inference-aware", "small-plus-search",
                "selection-heavy", "adaptive-difficulty", "early-stop", "oracle"), Policies.names());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Policies.create("greedy")).getMessage()
                .startsWith("unknown policy 'greedy'; known: chinchilla, kaplan"));
        for (Policy policy : Policies.all()) {
            assertTrue(policy.description().length() > 20, policy.name());
        }
    }

    @Test
    void largeDemandMakesTheInferenceAwareModelSmallerAndLongerTrained() {
        // Sardana et al. 2024 (arXiv 2401.00448): with large lifetime demand, a smaller model trained
        // on more tokens than Chinchilla's reaches the better loss for the same total compute.
        Forecast forecast = PolicyFixtures.forecast(1e23, 1e10, "chinchilla");
        Allocation chinchilla = new ChinchillaPolicy().allocate(forecast);
        Allocation aware = new InferenceAwarePolicy().allocate(forecast);
        assertTrue(aware.params() < chinchilla.params());
        assertTrue(aware.trainingTokens() > chinchilla.trainingTokens());
        assertTrue(Expectation.of(forecast, aware).loss() < Expectation.of(forecast, chinchilla).loss());
        // Without demand the two coincide.
        Forecast quiet = PolicyFixtures.forecast(1e23, 0, "chinchilla");
        assertEquals(1, new InferenceAwarePolicy().allocate(quiet).params()
                / new ChinchillaPolicy().allocate(quiet).params(), 1e-4);
    }

    @Test
    void smallPlusSearchShrinksTheModelOnTheSameTokens() {
        Forecast forecast = PolicyFixtures.forecast(1e23, 1e8, "chinchilla");
        Allocation large = new ChinchillaPolicy().allocate(forecast);
        Allocation small = SmallPlusSearchPolicy.TYPE.create().allocate(forecast);
        assertEquals(large.params() / 4, small.params(), 1e-6 * small.params());
        assertEquals(large.trainingTokens(), small.trainingTokens(), 0);
        assertEquals("best-of-k-verifier", small.strategy().id());
        assertTrue(Expectation.of(forecast, small).k() > 1);
    }

    @Test
    void kaplanUsesTheFrontierFit() {
        // Kaplan et al. 2020 (arXiv 2001.08361), Eq. 1.7: N = 1.3e9·C^0.73, C in PF-days.
        Forecast forecast = PolicyFixtures.forecast(1e23, 0, "kaplan");
        Allocation kaplan = new KaplanPolicy().allocate(forecast);
        assertEquals(1.3e9 * Math.pow(ComputeUnits.toPetaflopDays(1e23), 0.73), kaplan.params(), 1e-6 * kaplan.params());
        assertEquals(1e23, 6 * kaplan.params() * kaplan.trainingTokens(), 1e23 * 1e-9);
    }

    @Test
    void selectionHeavyPaysForScoringThePool() {
        Forecast forecast = PolicyFixtures.forecast(1e23, 1e6, "chinchilla");
        Allocation allocation = new SelectionHeavyPolicy().allocate(forecast);
        // A 125M perplexity scorer: 2·N_proxy FLOPs per pool token (Yin and Rush 2024).
        assertEquals(2 * 125e6 * 1e13, allocation.selectionFlops(), 1e10);
        assertTrue(allocation.selection().isPresent());
        assertTrue(AllocationInvariants.violations(allocation, forecast).isEmpty());
    }

    @Test
    void theOracleIsExpectedToMatchOrBeatEveryRival() {
        for (double queries : new double[] {0, 1e7, 1e9}) {
            Forecast forecast = PolicyFixtures.forecast(1e22, queries, "epoch");
            OraclePolicy oracle = new OraclePolicy(Policies.rivals());
            double best = Expectation.of(forecast, oracle.allocate(forecast)).accuracy();
            for (Policy rival : Policies.rivals()) {
                double accuracy = Expectation.of(forecast, rival.allocate(forecast)).accuracy();
                assertTrue(best >= accuracy, rival.name() + " " + accuracy + " > oracle " + best);
            }
        }
    }

    @Test
    void theOracleUsesTheTrueLawOthersTheirBelief() {
        Forecast belief = PolicyFixtures.forecast(1e22, 1e6, "chinchilla");
        Forecast truth = belief.withLaw(LawProfiles.resolve("epoch").law());
        assertEquals(new ChinchillaPolicy().allocate(belief), new ChinchillaPolicy().allocate(belief, truth));
        OraclePolicy oracle = new OraclePolicy(List.of(new ChinchillaPolicy()));
        assertTrue(!oracle.allocate(belief, truth).equals(oracle.allocate(belief)));
    }

    @Test
    void earlyStopStopsWhenServingIsStarvedAndTrainsOnWhenItIsNot() {
        Forecast busy = PolicyFixtures.forecast(1e22, 1e9, "chinchilla");
        Forecast quiet = PolicyFixtures.forecast(1e22, 1e3, "chinchilla");
        // Early in training another chunk is worth more than serving it (the loss still falls fast).
        assertEquals(TrainingDecision.proceed(), decisionAfter(busy, 0.1));
        // Late in training, with serving starved, the last chunks buy more accuracy at test time.
        assertInstanceOf(TrainingDecision.Stop.class, decisionAfter(busy, 0.8));
        assertEquals(Phase.INFERENCE, ((TrainingDecision.Stop) decisionAfter(busy, 0.8)).moveUnspentTo());
        // With next to no demand, inference needs nothing more: train on.
        assertEquals(TrainingDecision.proceed(), decisionAfter(quiet, 0.8));
    }

    private static TrainingDecision decisionAfter(Forecast forecast, double trainedShare) {
        Allocation allocation = EarlyStopPolicy.TYPE.create().allocate(forecast);
        Ledger ledger = Ledger.allocated(forecast.budgetFlops(), 0, allocation.trainingFlops(forecast), 0);
        ledger.allocateRest(Phase.INFERENCE);
        double chunkTokens = allocation.trainingTokens() / 10;
        double soFar = trainedShare * allocation.trainingTokens();
        ledger.debit(Phase.PRETRAINING, forecast.convention().trainingFlops(allocation.params(), soFar));
        double loss = forecast.law().loss(allocation.params(), soFar);
        TrainingChunk chunk = new TrainingChunk((int) (trainedShare * 10) - 1, allocation.params(), chunkTokens,
                forecast.convention().trainingFlops(allocation.params(), chunkTokens), soFar, soFar, loss, false);
        return EarlyStopPolicy.TYPE.create().trainingHook(forecast, allocation).onChunk(1, chunk, ledger);
    }
}
