package io.flopsplit.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Forecast;
import io.flopsplit.data.DataPool;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.EarlyStopPolicy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.scenario.Worlds;
import org.junit.jupiter.api.Test;

class TrialTest {

    private static final TrialStreams STREAMS = new RandomStreams(42).next();

    @Test
    void everyBuiltInPolicyPlaysATrialWithoutAScenario() {
        World world = Worlds.example(1e23, 1e8, 2_000);
        for (Policy policy : Policies.all()) {
            TrialResult result = Trial.play(world, policy, STREAMS);
            assertEquals(policy.name(), result.policy());
            double spent = result.get(Metric.SELECTION_FLOPS) + result.get(Metric.PRETRAINING_FLOPS) + result.get(Metric.INFERENCE_FLOPS);
            assertEquals(1e23, spent + result.get(Metric.UNSPENT_FLOPS), 1e23 * 1e-9, policy.name());
            assertTrue(result.get(Metric.ACCURACY) > 0 && result.get(Metric.ACCURACY) <= result.get(Metric.SERVED_ACCURACY) + 1e-12, policy.name());
            assertTrue(result.get(Metric.LOSS) > 1.69 && result.get(Metric.HOURS_TO_DEPLOY) > 0, policy.name());
            assertTrue(result.get(Metric.FULL_QUERIES) + result.get(Metric.PARTIAL_QUERIES) + result.get(Metric.DROPPED_QUERIES) > 0, policy.name());
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
        double expected = world.belief().suite().passAt1(result.get(Metric.LOSS));
        // Greedy answers: 4,000 Bernoulli(p_i) draws; standard error below 0.008.
        assertEquals(expected, result.get(Metric.SERVED_ACCURACY), 0.03);
        assertEquals(1, result.get(Metric.K));
    }

    @Test
    void earlyStopMovesWhatItSavesToServing() {
        World world = Worlds.example(1e22, 1e9, 1_000);
        TrialResult stopped = Trial.play(world, EarlyStopPolicy.TYPE.create(), STREAMS);
        double planned = EarlyStopPolicy.TYPE.create().allocate(world.belief()).trainingFlops(world.belief());
        assertTrue(stopped.get(Metric.PRETRAINING_FLOPS) < planned * 0.999, "trained " + stopped.get(Metric.PRETRAINING_FLOPS));
        assertTrue(stopped.get(Metric.INFERENCE_FLOPS) > 1e22 - planned, "served with " + stopped.get(Metric.INFERENCE_FLOPS));
    }

    @Test
    void zeroDemandServesNothingAndScoresZero() {
        TrialResult result = Trial.play(Worlds.example(1e22, 0), new ChinchillaPolicy(), STREAMS);
        assertEquals(0, result.get(Metric.ACCURACY), 0);
        assertEquals(0, result.get(Metric.FULL_QUERIES) + result.get(Metric.PARTIAL_QUERIES) + result.get(Metric.DROPPED_QUERIES), 0);
        assertTrue(result.get(Metric.LOSS) > 0);
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
        World scarce = new World(scarce(plenty.belief()), scarce(plenty.truth()), plenty.demand(), plenty.hardware(),
                plenty.horizonHours(), 10, 10);
        TrialResult many = Trial.play(plenty, new ChinchillaPolicy(), STREAMS);
        TrialResult few = Trial.play(scarce, new ChinchillaPolicy(), STREAMS);
        assertTrue(few.get(Metric.LOSS) > many.get(Metric.LOSS), few.get(Metric.LOSS) + " vs " + many.get(Metric.LOSS));
        assertTrue(Double.isFinite(few.get(Metric.ACCURACY)));
    }

    private static Forecast scarce(Forecast f) {
        return new Forecast(f.budgetFlops(), f.law(), DataPool.ofUnique(1e9), f.selection(), f.suite(), f.realQueries(),
                f.promptTokens(), f.answerTokens(), f.strategies(), f.convention());
    }

    @Test
    void theOracleTrainsUnderTheTrueLaw() {
        World world = Worlds.example(1e22, 1e6, 500).withTrueLaw(LawProfiles.resolve("epoch").law());
        TrialResult result = Trial.play(world, new ChinchillaPolicy(), STREAMS);
        double trueLoss = LawProfiles.resolve("epoch").law().loss(result.get(Metric.PARAMS), result.get(Metric.TRAINING_TOKENS), 1e13);
        assertEquals(trueLoss, result.get(Metric.LOSS), 1e-9);
    }
}
