package io.flopsplit.montecarlo;

import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.compute.Range;
import io.flopsplit.statistics.RunningMoments;
import io.flopsplit.trial.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Runs a {@link Contest} over many trials. The coordinating thread derives each trial's
 * random streams in order, workers play the trials, and the coordinator folds their results into the
 * streaming {@link Tally} in trial order, a block at a time: the result is bit-identical for the same
 * seed whatever the thread count, and memory holds one block, never the whole run. Between blocks it
 * checks the precision target and reports progress. While a block plays it polls the cancellation
 * flag (Ctrl-C) every {@value #POLL_MILLIS} ms; once it is set, the workers are interrupted, which
 * stops a trial in progress within a fraction of a second ({@link io.flopsplit.engine.Cancellation}), and the trials of
 * the block completed before the first unfinished one are folded in, so the result is that of the
 * first n trials, as a run of n trials would give.
 *
 * <p>A trial that fails is a defect, never bad input: scenarios are checked before a run
 * ({@code io.flopsplit.trial.Trial#check}), so any exception inside a trial, or a metric that is not
 * finite, is an {@link IllegalStateException} naming the contestant and the trial.
 */
public final class MonteCarloRunner {

    /** How often the coordinator looks at the cancellation flag while a block plays. */
    static final long POLL_MILLIS = 100;

    private MonteCarloRunner() {
    }

    /** Runs to the end, without cancellation or progress. */
    public static MonteCarloResult run(Contest contest, RunOptions options) {
        return run(contest, options, () -> false, done -> { });
    }

    /**
     * Runs until all trials are played, the precision is reached, or {@code cancelled} says so.
     *
     * @param progress told the number of trials completed after each block
     */
    public static MonteCarloResult run(Contest contest, RunOptions options, BooleanSupplier cancelled,
                                       LongConsumer progress) {
        int contestants = contest.contestants().size();
        if (options.baseline() >= contestants) {
            throw new IllegalArgumentException("baseline: must name one of the " + contestants + " contestants, was "
                    + (options.baseline() + 1));
        }
        int objective = contest.metrics().indexOf(contest.objective());
        if (objective < 0) {
            throw new IllegalArgumentException("objective: " + contest.objective().id() + " is not among the metrics");
        }
        Tally tally = new Tally(contestants, contest.metrics().size(), options.baseline(), objective,
                contest.higherIsBetter());
        RandomStreams streams = new RandomStreams(options.seed());
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "flopsplit-trial");
            thread.setDaemon(true);
            return thread;
        });
        MonteCarloResult.Ending ending = MonteCarloResult.Ending.ALL_TRIALS;
        try {
            while (tally.trials < options.maxTrials()) {
                if (cancelled.getAsBoolean()) {
                    ending = MonteCarloResult.Ending.INTERRUPTED;
                    break;
                }
                int block = (int) Math.min(options.blockSize(), options.maxTrials() - tally.trials);
                List<double[][]> played = playBlock(contest, streams, block, workers, cancelled);
                played.forEach(tally::add);
                progress.accept(tally.trials);
                if (played.size() < block) {
                    ending = MonteCarloResult.Ending.INTERRUPTED;
                    break;
                }
                if (precise(tally, options)) {
                    ending = MonteCarloResult.Ending.PRECISION_REACHED;
                    break;
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return Results.of(contest, tally, options.level(), ending);
    }

    /** The block's results in trial order: all of them, or, once cancelled, those before the first unfinished. */
    private static List<double[][]> playBlock(Contest contest, RandomStreams streams, int block,
                                              ExecutorService workers, BooleanSupplier cancelled) {
        List<Future<double[][]>> futures = new ArrayList<>(block);
        for (int i = 0; i < block; i++) {
            TrialStreams trial = streams.next();
            futures.add(workers.submit(() -> playTrial(contest, trial)));
        }
        List<double[][]> results = new ArrayList<>(block);
        for (Future<double[][]> future : futures) {
            while (!future.isDone() && !cancelled.getAsBoolean()) {
                awaitBriefly(future);
            }
            if (!future.isDone()) {
                futures.forEach(pending -> pending.cancel(true));
                return results;
            }
            results.add(await(future));
        }
        return results;
    }

    private static double[][] playTrial(Contest contest, TrialStreams trial) {
        int metrics = contest.metrics().size();
        double[][] values = new double[contest.contestants().size()][metrics];
        for (int c = 0; c < values.length; c++) {
            try {
                contest.play(trial, c, values[c]);
            } catch (CancellationException cancelled) {
                throw cancelled;
            } catch (RuntimeException e) {
                throw new IllegalStateException(contest.contestants().get(c) + " failed in trial " + trial.trial()
                        + ", though the run was checked before it started: " + e.getMessage(), e);
            }
            for (int m = 0; m < metrics; m++) {
                if (!Double.isFinite(values[c][m])) {
                    throw new IllegalStateException(contest.contestants().get(c) + " reported "
                            + contest.metrics().get(m).id() + " = " + values[c][m] + " in trial " + trial.trial());
                }
            }
        }
        return values;
    }

    /** Waits for {@code future} at most {@link #POLL_MILLIS}; returns early when it is done. */
    private static void awaitBriefly(Future<double[][]> future) {
        try {
            future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException notYetOrFailed) {
            // Not done yet: the caller looks at the flag again. Failed: await() rethrows it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a trial", e);
        }
    }

    private static double[][] await(Future<double[][]> future) {
        try {
            return future.get();
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

    /** Whether every objective interval (means and paired differences) is within the precision. */
    private static boolean precise(Tally tally, RunOptions options) {
        if (options.precision() <= 0 || tally.trials < 2 * options.blockSize()) {
            return false;
        }
        for (int c = 0; c < tally.values.length; c++) {
            if (halfWidth(tally.values[c][tally.objective], options.level()) > options.precision()
                    || c != tally.baseline
                    && halfWidth(tally.differences[c][tally.objective], options.level()) > options.precision()) {
                return false;
            }
        }
        return true;
    }

    private static double halfWidth(RunningMoments moments, double level) {
        return ConfidenceInterval.of(moments.summary(), level).halfWidth();
    }

    /** Turns a tally into a result. */
    private static final class Results {
        static MonteCarloResult of(Contest contest, Tally tally, double level, MonteCarloResult.Ending ending) {
            List<String> names = contest.contestants();
            List<Metric> metrics = contest.metrics();
            List<MonteCarloResult.Estimate> estimates = new ArrayList<>();
            List<MonteCarloResult.Difference> differences = new ArrayList<>();
            List<Double> best = new ArrayList<>();
            for (int c = 0; c < names.size(); c++) {
                best.add(tally.trials == 0 ? 0 : tally.bestShares[c] / tally.trials);
                for (int m = 0; m < metrics.size(); m++) {
                    RunningMoments values = tally.values[c][m];
                    Range range = metrics.get(m).range();
                    estimates.add(new MonteCarloResult.Estimate(names.get(c), metrics.get(m),
                            ConfidenceInterval.of(values.summary(), level, range), Math.sqrt(values.variance())));
                    if (c != tally.baseline) {
                        differences.add(new MonteCarloResult.Difference(names.get(tally.baseline), names.get(c),
                                metrics.get(m), ConfidenceInterval.of(tally.differences[c][m].summary(), level,
                                range.ofDifferences()), varianceReduction(tally, c, m)));
                    }
                }
            }
            return new MonteCarloResult(names, metrics, contest.objective(), tally.trials, ending, estimates, differences,
                    best);
        }

        private static OptionalDouble varianceReduction(Tally tally, int contestant, int metric) {
            double independent = tally.values[contestant][metric].variance()
                    + tally.values[tally.baseline][metric].variance();
            double paired = tally.differences[contestant][metric].variance();
            if (paired <= 0 || independent <= 0) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(independent / paired);
        }
    }
}
