package io.flopsplit.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.engine.Event;
import io.flopsplit.engine.EventListener;
import io.flopsplit.engine.Hardware;
import io.flopsplit.engine.PhaseProcess;
import io.flopsplit.engine.Scheduler;
import io.flopsplit.engine.Simulation;
import io.flopsplit.engine.selection.SelectionBatch;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.random.Purpose;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.trial.Metric;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * Trial 0 is instant; every later trial plays a simulation that never ends by itself (an event
     * every hour, a horizon of 1e300 hours). Once one of them is under way the run is cancelled: it
     * must stop inside that trial — the kernel polls its thread's interrupt — and report trial 0.
     */
    @Test
    void cancellationReachesInsideATrialAndKeepsTheTrialsCompletedBeforeIt() {
        AtomicBoolean endlessStarted = new AtomicBoolean();
        Contest endless = new Threshold(0.5) {
            @Override
            public void play(TrialStreams streams, int contestant, double[] values) {
                if (streams.trial() > 0) {
                    endlessStarted.set(true);
                    Ledger ledger = new Ledger(1);
                    new Simulation(new Hardware(1, 1), ledger, 1e300, EventListener.NONE).run(List.of(new Ticking()));
                }
                values[0] = 1;
                values[1] = 1;
            }
        };
        MonteCarloResult result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> MonteCarloRunner.run(endless, RunOptions.of(1000, 1, 1, 0), endlessStarted::get, done -> { }));
        assertEquals(MonteCarloResult.Ending.INTERRUPTED, result.ending());
        assertEquals(1, result.trials());
    }

    /** A phase that schedules one event an hour, forever. */
    private static final class Ticking implements PhaseProcess {
        @Override
        public void start(Scheduler scheduler) {
            onEvent(null, scheduler);
        }

        @Override
        public void onEvent(Event event, Scheduler scheduler) {
            scheduler.scheduleAt(scheduler.nowHours() + 1, new SelectionBatch(0, 0, 0, 0, false));
        }
    }

    @Test
    void aFailureInsideATrialIsADefectNamingTheContestantAndTheTrial() {
        Contest refusing = new Threshold(0.5) {
            @Override
            public void play(TrialStreams streams, int contestant, double[] values) {
                throw new IllegalArgumentException("tokens: must be > 0, was -184.2");
            }
        };
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> MonteCarloRunner.run(refusing, RunOptions.of(10, 1, 1, 0)));
        assertEquals("p0.5 failed in trial 0, though the run was checked before it started: tokens: must be > 0,"
                + " was -184.2", error.getMessage());
    }
}
