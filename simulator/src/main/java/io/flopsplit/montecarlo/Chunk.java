package io.flopsplit.montecarlo;

import io.flopsplit.random.TrialStreams;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Consecutive trials played by one worker task, in order. The worker publishes each trial's results
 * as it finishes them, so that when a run is cancelled while the chunk plays, the trials it has
 * completed — a prefix of the chunk — still count.
 */
final class Chunk {

    private final double[][][] values;
    private final AtomicInteger done = new AtomicInteger();
    private Future<?> future;

    private Chunk(int trials) {
        this.values = new double[trials][][];
    }

    /** Starts playing {@code trials} on {@code workers}. */
    static Chunk submit(ExecutorService workers, Contest contest, TrialStreams[] trials) {
        Chunk chunk = new Chunk(trials.length);
        chunk.future = workers.submit(() -> {
            for (int i = 0; i < trials.length; i++) {
                chunk.values[i] = MonteCarloRunner.playTrial(contest, trials[i]);
                chunk.done.set(i + 1);
            }
        });
        return chunk;
    }

    /**
     * Waits until the chunk is played, looking at {@code cancelled} every
     * {@value MonteCarloRunner#POLL_MILLIS} ms; once it is set, cancels the chunk (interrupting its
     * worker) and stops waiting.
     *
     * @return whether every trial of the chunk was played
     * @throws RuntimeException what a trial threw
     */
    boolean await(BooleanSupplier cancelled) {
        while (!future.isDone()) {
            if (cancelled.getAsBoolean()) {
                cancel();
                return false;
            }
            try {
                future.get(MonteCarloRunner.POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException notYetOrFailed) {
                // Not done yet: look at the flag again. Failed: rethrown below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a trial", e);
            }
        }
        rethrowFailure();
        return true;
    }

    /** The trials completed, in order: all of them after a whole {@link #await}, else those before the first unfinished. */
    List<double[][]> completed() {
        return Arrays.asList(values).subList(0, done.get());
    }

    void cancel() {
        future.cancel(true);
    }

    private void rethrowFailure() {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a trial", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
