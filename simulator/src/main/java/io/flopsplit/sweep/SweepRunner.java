package io.flopsplit.sweep;

import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.montecarlo.MonteCarloRunner;
import io.flopsplit.montecarlo.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Plays the cells of a sweep in parallel, each on the deterministic {@link MonteCarloRunner}: with T
 * threads, up to T cells run at once and each cell's trials share what is left over. A cell's result
 * depends only on its scenario and options, never on the threads or on which cells ran beside it,
 * so a sweep gives the same numbers for any thread count. A cell is reported as soon as it completes;
 * a cancelled sweep (Ctrl-C) stops every cell after its trials in flight and returns the cells
 * completed; the first failure stops the rest and is rethrown, naming its cell.
 */
public final class SweepRunner {

    private SweepRunner() {
    }

    /**
     * Runs {@code runs}; returns, in their order, each cell's result if it completed.
     *
     * @param threads worker threads in all (≥ 1)
     * @param cancelled asked between blocks of trials; true stops every cell
     * @param progress told the trials completed over all cells (called from any thread, serially)
     * @param completed told each completed cell, from the thread that ran it
     */
    public static List<Optional<CellResult>> run(List<CellRun> runs, int threads, BooleanSupplier cancelled,
                                                 LongConsumer progress, Consumer<CellResult> completed) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
        if (runs.isEmpty()) {
            return List.of();
        }
        int workers = Math.min(threads, runs.size());
        int perCell = Math.max(1, threads / workers);
        AtomicBoolean failed = new AtomicBoolean();
        BooleanSupplier stop = () -> failed.get() || cancelled.getAsBoolean();
        Tally tally = new Tally(runs.size(), progress);
        ExecutorService pool = pool(workers);
        try {
            List<Future<Optional<CellResult>>> futures = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    try {
                        return play(runs.get(index), perCell, stop, done -> tally.report(index, done), completed);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            return collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Checks every cell before any trial runs ({@link CellRun#preflight()}), on {@code threads}
     * threads; the failure of the first cell that fails, in cell order, is rethrown.
     */
    public static void preflight(List<CellRun> runs, int threads) {
        if (runs.isEmpty()) {
            return;
        }
        ExecutorService pool = pool(Math.min(threads, runs.size()));
        try {
            List<Future<Optional<CellResult>>> futures = new ArrayList<>();
            for (CellRun run : runs) {
                futures.add(pool.submit(() -> {
                    run.preflight();
                    return Optional.empty();
                }));
            }
            collect(futures);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "flopsplit-cell");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static Optional<CellResult> play(CellRun run, int threads, BooleanSupplier stop, LongConsumer progress,
                                             Consumer<CellResult> completed) {
        if (stop.getAsBoolean()) {
            return Optional.empty();
        }
        RunOptions given = run.options();
        RunOptions options = new RunOptions(given.maxTrials(), given.seed(), threads, given.precision(),
                given.level(), given.baseline(), given.blockSize());
        MonteCarloResult result;
        try {
            result = MonteCarloRunner.run(run.contest(), options, stop, progress);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ", in " + run.cell().cell().source(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("in " + run.cell().cell().source() + ": " + e, e);
        }
        CellResult cell = new CellResult(run, result);
        if (!cell.complete()) {
            return Optional.empty();
        }
        completed.accept(cell);
        return Optional.of(cell);
    }

    private static List<Optional<CellResult>> collect(List<Future<Optional<CellResult>>> futures) {
        List<Optional<CellResult>> results = new ArrayList<>();
        RuntimeException first = null;
        for (Future<Optional<CellResult>> future : futures) {
            try {
                results.add(future.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a sweep cell", e);
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
                results.add(Optional.empty());
            }
        }
        if (first != null) {
            throw first;
        }
        return results;
    }

    /** Trials completed per cell, summed for the progress bar. */
    private static final class Tally {
        private final long[] done;
        private final LongConsumer progress;
        private long total;

        Tally(int cells, LongConsumer progress) {
            this.done = new long[cells];
            this.progress = progress;
        }

        synchronized void report(int cell, long trials) {
            total += trials - done[cell];
            done[cell] = trials;
            progress.accept(total);
        }
    }
}
