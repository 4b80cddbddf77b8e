package io.flopsplit.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static long[] draws(UniformRandomProvider generator, int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = generator.nextLong();
        }
        return values;
    }

    @Test
    void sameSeedSameDraws() {
        TrialStreams first = new RandomStreams(42).next();
        TrialStreams again = new RandomStreams(42).next();
        for (Purpose purpose : Purpose.values()) {
            assertArrayEquals(draws(first.stream(purpose), 16), draws(again.stream(purpose), 16), purpose.name());
        }
    }

    @Test
    void everyCallRestartsThePurposeStream() {
        // Common random numbers: each policy gets the same draws for the same purpose.
        TrialStreams trial = new RandomStreams(7).next();
        UniformRandomProvider policyA = trial.stream(Purpose.SAMPLES);
        draws(policyA, 1000);
        assertArrayEquals(draws(trial.stream(Purpose.SAMPLES), 8), draws(new RandomStreams(7).next()
                .stream(Purpose.SAMPLES), 8));
    }

    @Test
    void purposesTrialsAndSeedsDiffer() {
        RandomStreams streams = new RandomStreams(1);
        TrialStreams zero = streams.next();
        TrialStreams one = streams.next();
        assertEquals(1, one.trial());
        assertFalse(Arrays.equals(draws(zero.stream(Purpose.ARRIVALS), 4), draws(zero.stream(Purpose.PROBLEMS), 4)));
        assertFalse(Arrays.equals(draws(zero.stream(Purpose.ARRIVALS), 4), draws(one.stream(Purpose.ARRIVALS), 4)));
        assertFalse(Arrays.equals(draws(zero.stream(Purpose.ARRIVALS), 4),
                draws(new RandomStreams(2).next().stream(Purpose.ARRIVALS), 4)));
    }

    @Test
    void directAccessMatchesTheSequence() {
        RandomStreams sequence = new RandomStreams(99);
        TrialStreams fifth = null;
        for (int i = 0; i <= 5; i++) {
            fifth = sequence.next();
        }
        TrialStreams direct = new RandomStreams(99).trial(5);
        assertEquals(5, direct.trial());
        assertArrayEquals(draws(fifth.stream(Purpose.SAMPLES), 8), draws(direct.stream(Purpose.SAMPLES), 8));
        assertThrows(IllegalArgumentException.class, () -> sequence.trial(-1));
    }

    @Test
    void drawsDoNotDependOnTheThreadThatMakesThem() throws Exception {
        RandomStreams streams = new RandomStreams(2026);
        TrialStreams[] trials = new TrialStreams[8];
        for (int i = 0; i < trials.length; i++) {
            trials[i] = streams.next();
        }
        long[][] serial = new long[trials.length][];
        for (int i = 0; i < trials.length; i++) {
            serial[i] = draws(trials[i].stream(Purpose.SAMPLES), 64);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            @SuppressWarnings("unchecked")
            Future<long[]>[] parallel = new Future[trials.length];
            for (int i = trials.length - 1; i >= 0; i--) {
                TrialStreams trial = trials[i];
                parallel[i] = pool.submit(() -> draws(trial.stream(Purpose.SAMPLES), 64));
            }
            for (int i = 0; i < trials.length; i++) {
                assertArrayEquals(serial[i], parallel[i].get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
