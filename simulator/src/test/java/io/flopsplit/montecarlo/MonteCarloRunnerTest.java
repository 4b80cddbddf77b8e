package io.flopsplit.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.random.Purpose;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.Metric;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class MonteCarloRunnerTest {

    /**
     * Contestants answer 50 questions; contestant c gets question i right when the shared uniform
     * draw u_i < p_c, so with common random numbers a better contestant is right wherever a worse one
     * is: the textbook case where CRN cuts the variance of paired differences.
     */
    static class Threshold implements Contest {
        private final double[] skill;

        Threshold(double... skill) {
            this.skill = skill;
        }

        @Override
        public List<String> contestants() {
            return java.util.stream.IntStream.range(0, skill.length).mapToObj(i -> "p" + skill[i]).toList();
        }

        @Override
        public List<Metric> metrics() {
            return List.of(Metric.ACCURACY, Metric.K);
        }

        @Override
        public Metric objective() {
            return Metric.ACCURACY;
        }

        @Override
        public boolean higherIsBetter() {
            return true;
        }

        @Override
        public void play(TrialStreams streams, int contestant, double[] values) {
            UniformRandomProvider random = streams.stream(Purpose.SAMPLES);
            int right = 0;
            for (int i = 0; i < 50; i++) {
                right += random.nextDouble() < skill[contestant] ? 1 : 0;
            }
            values[0] = right / 50.0;
            values[1] = 50;
        }
    }

    @Test
    void estimatesCoverTheTruth() {
        MonteCarloResult result = MonteCarloRunner.run(new Threshold(0.5, 0.6, 0.9), RunOptions.of(2000, 1, 2, 0));
        assertEquals(2000, result.trials());
        assertEquals(MonteCarloResult.Ending.ALL_TRIALS, result.ending());
        assertTrue(result.estimate("p0.6", Metric.ACCURACY).interval().contains(0.6));
        assertTrue(result.difference("p0.6", Metric.ACCURACY).interval().contains(0.1));
        assertTrue(result.difference("p0.9", Metric.ACCURACY).interval().contains(0.4));
        assertEquals(0, result.estimate("p0.5", Metric.K).sd(), 0);
    }

    @Test
    void commonRandomNumbersReduceTheVarianceOfDifferences() {
        MonteCarloResult result = MonteCarloRunner.run(new Threshold(0.5, 0.6), RunOptions.of(2000, 2, 2, 0));
        // Var(X)+Var(Y) = 50·(0.25+0.24)/2500; Var(X−Y) under CRN = 0.1·0.9/50: ratio ≈ 4.4.
        double reduction = result.difference("p0.6", Metric.ACCURACY).varianceReduction().orElseThrow();
        assertEquals((0.25 + 0.24) / (0.1 * 0.9), reduction, 0.6);
        assertTrue(result.difference("p0.6", Metric.K).varianceReduction().isEmpty());
    }

    @Test
    void resultsAreBitIdenticalWhateverTheThreadCount() {
        MonteCarloResult one = MonteCarloRunner.run(new Threshold(0.3, 0.7), RunOptions.of(500, 42, 1, 0));
        MonteCarloResult two = MonteCarloRunner.run(new Threshold(0.3, 0.7), RunOptions.of(500, 42, 2, 0));
        MonteCarloResult four = MonteCarloRunner.run(new Threshold(0.3, 0.7), RunOptions.of(500, 42, 4, 0));
        assertEquals(one, two);
        assertEquals(one, four);
        assertTrue(one.estimates().get(0).interval().mean() != MonteCarloRunner.run(new Threshold(0.3, 0.7),
                RunOptions.of(500, 43, 1, 0)).estimates().get(0).interval().mean());
    }

    @Test
    void probabilityBestSharesTies() {
        MonteCarloResult result = MonteCarloRunner.run(new Threshold(0.5, 0.5, 0.1), RunOptions.of(300, 3, 2, 0));
        assertEquals(List.of(0.5, 0.5, 0.0), result.probabilityBest());
    }

    @Test
    void precisionStopsEarly() {
        MonteCarloResult result = MonteCarloRunner.run(new Threshold(0.5, 0.6), RunOptions.of(1_000_000, 4, 2, 0.01));
        assertEquals(MonteCarloResult.Ending.PRECISION_REACHED, result.ending());
        assertTrue(result.trials() < 2000, "trials " + result.trials());
        assertTrue(result.estimate("p0.5", Metric.ACCURACY).interval().halfWidth() <= 0.01);
        assertEquals(0, result.trials() % RunOptions.DEFAULT_BLOCK_SIZE);
    }

    @Test
    void cancellationKeepsTheTrialsCompleted() {
        AtomicLong reported = new AtomicLong();
        MonteCarloResult result = MonteCarloRunner.run(new Threshold(0.5, 0.6), RunOptions.of(100_000, 5, 2, 0),
                () -> reported.get() >= 256, reported::set);
        assertEquals(MonteCarloResult.Ending.INTERRUPTED, result.ending());
        assertEquals(256, result.trials());
    }

    @Test
    void aNonFiniteMetricIsADefectNamed() {
        Contest broken = new Threshold(0.5) {
            @Override
            public void play(TrialStreams streams, int contestant, double[] values) {
                values[0] = Double.NaN;
            }
        };
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> MonteCarloRunner.run(broken, RunOptions.of(10, 1, 1, 0)));
        assertEquals("p0.5 reported accuracy = NaN in trial 0", error.getMessage());
    }
}
