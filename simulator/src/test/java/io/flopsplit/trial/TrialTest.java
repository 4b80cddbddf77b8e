package io.flopsplit.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.data.DataPool;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.EarlyStopPolicy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import org.junit.jupiter.api.Test;

class TrialTest {

    private static final TrialStreams STREAMS = new RandomStreams(42).next();

    @Test
    void everyBuiltInPolicyPlaysATrialWithoutAScenario() {
        World world = Worlds.example(1e23, 1e8, 2_000);
        for (Policy policy : Policies.all()) {
            TrialResult result = Trial.play(world, policy, STREAMS);
            assertEquals(policy.name(), result.policy());
            double spent = result.selectionFlops() + result.pretrainingFlops() + result.inferenceFlops();
            assertEquals(1e23, spent + result.unspentFlops(), 1e23 * 1e-9, policy.name());
            assertTrue(result.accuracy() > 0 && result.accuracy() <= result.servedAccuracy() + 1e-12, policy.name());
            assertTrue(result.loss() > 1.69 && result.hoursToDeploy() > 0, policy.name());
            assertTrue(result.fullQueries() + result.partialQueries() + result.droppedQueries() > 0, policy.name());
        }
    }

    @Test
    void theSameStreamsGiveTheSameTrial() {
        World world = Worlds.example(1e22, 1e7, 1_000);
        for (Policy policy : Policies.rivals()) {
            assertEquals(Trial.play(world, policy, new RandomStreams(7).next()),
                    Trial.play(world, policy, new RandomStreams(7).next()), policy.name());
        }
    }

    @Test
    void servedAccuracyTracksTheExpectedAccuracy() {
        World world = Worlds.example(1e22, 1e6, 4_000);
        TrialResult result = Trial.play(world, new ChinchillaPolicy(), STREAMS);
        double expected = world.suite().passAt1(result.loss());
        // Greedy answers: 4,000 Bernoulli(p_i) draws; standard error below 0.008.
        assertEquals(expected, result.servedAccuracy(), 0.03);
        assertEquals(1, result.k());
    }

    @Test
    void earlyStopMovesWhatItSavesToServing() {
        World world = Worlds.example(1e22, 1e9, 1_000);
        TrialResult stopped = Trial.play(world, EarlyStopPolicy.DEFAULT, STREAMS);
        double planned = EarlyStopPolicy.DEFAULT.allocate(world.forecast()).trainingFlops(world.forecast());
        assertTrue(stopped.pretrainingFlops() < planned * 0.999, "trained " + stopped.pretrainingFlops());
        assertTrue(stopped.inferenceFlops() > 1e22 - planned, "served with " + stopped.inferenceFlops());
    }

    @Test
    void zeroDemandServesNothingAndScoresZero() {
        TrialResult result = Trial.play(Worlds.example(1e22, 0), new ChinchillaPolicy(), STREAMS);
        assertEquals(0, result.accuracy(), 0);
        assertEquals(0, result.fullQueries() + result.partialQueries() + result.droppedQueries(), 0);
        assertTrue(result.loss() > 0);
    }

    @Test
    void aBudgetTooSmallForAnyTrainingIsAnErrorNamingThePolicy() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Trial.play(Worlds.example(1e6, 1e9, 100), new ChinchillaPolicy(), STREAMS));
        assertTrue(error.getMessage().startsWith("policy chinchilla: budgetFlops: 1000000 FLOPs cannot both train"),
                error.getMessage());
    }

    @Test
    void aPoolTooSmallForOneEpochIsRepeatedAtALoss() {
        World plenty = Worlds.example(1e22, 1e6, 500);
        World scarce = new World(1e22, plenty.nominalLaw(), plenty.trueLaw(), DataPool.ofUnique(1e9),
                plenty.selection(), plenty.suite(), plenty.demand(), 1e6, 200, 280, plenty.strategies(), plenty.convention(),
                plenty.hardware(), plenty.horizonHours(), 10, 10);
        TrialResult many = Trial.play(plenty, new ChinchillaPolicy(), STREAMS);
        TrialResult few = Trial.play(scarce, new ChinchillaPolicy(), STREAMS);
        assertTrue(few.loss() > many.loss(), few.loss() + " vs " + many.loss());
        assertTrue(Double.isFinite(few.accuracy()));
    }

    @Test
    void theOracleTrainsUnderTheTrueLaw() {
        World world = Worlds.example(1e22, 1e6, 500).withTrueLaw(LawProfiles.resolve("epoch").law());
        TrialResult result = Trial.play(world, new ChinchillaPolicy(), STREAMS);
        double trueLoss = LawProfiles.resolve("epoch").law().loss(result.params(), result.trainingTokens(), 1e13);
        assertEquals(trueLoss, result.loss(), 1e-9);
    }
}
