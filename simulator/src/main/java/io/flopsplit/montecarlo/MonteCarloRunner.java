package io.flopsplit.montecarlo;

import io.flopsplit.random.RandomStreams;
import io.flopsplit.random.TrialStreams;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.compute.Range;
import io.flopsplit.statistics.RunningMoments;
import io.flopsplit.trial.Metric;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * Runs a {@link Contest} over many trials. The coordinating thread derives each trial's random
 * streams in order and hands them to the workers in chunks of consecutive trials, keeping a few
 * chunks per worker in flight; it folds their results into the streaming {@link Tally} in trial
 * order as each chunk completes, so workers never wait for one another: the result is bit-identical
 * for the same seed whatever the thread count, and memory holds the chunks in flight, never the
 * whole run. After every block of trials folded it checks the precision target and the
 * cancellation flag (Ctrl-C), and reports progress.
 */
public final class MonteCarloRunner {

    /** The most trials one task plays. */
    static final int MAX_CHUNK = 16;
    /** Tasks kept in flight per worker, so that none waits while the coordinator folds. */
    static final int CHUNKS_PER_THREAD = 3;

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
        try {
            MonteCarloResult.Ending ending = fold(contest, options, streams, workers, tally, cancelled, progress);
            return Results.of(contest, tally, options.level(), ending);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Plays and folds every trial in order; returns why the run ended. */
    private static MonteCarloResult.Ending fold(Contest contest, RunOptions options, RandomStreams streams,
                                                ExecutorService workers, Tally tally, BooleanSupplier cancelled,
                                                LongConsumer progress) {
        int chunk = chunkSize(options);
        Deque<Future<double[][][]>> inFlight = new ArrayDeque<>();
        long submitted = 0;
        if (cancelled.getAsBoolean()) {
            return MonteCarloResult.Ending.INTERRUPTED;
        }
        while (tally.trials < options.maxTrials()) {
            while (inFlight.size() < CHUNKS_PER_THREAD * options.threads() && submitted < options.maxTrials()) {
                TrialStreams[] trials = new TrialStreams[(int) Math.min(chunk, options.maxTrials() - submitted)];
                for (int i = 0; i < trials.length; i++) {
                    trials[i] = streams.next();
                }
                submitted += trials.length;
                inFlight.add(workers.submit(() -> playChunk(contest, trials)));
            }
            for (double[][] trial : await(inFlight.poll())) {
                tally.add(trial);
                if (tally.trials % options.blockSize() == 0 || tally.trials == options.maxTrials()) {
                    progress.accept(tally.trials);
                    if (precise(tally, options)) {
                        return MonteCarloResult.Ending.PRECISION_REACHED;
                    }
                    if (tally.trials < options.maxTrials() && cancelled.getAsBoolean()) {
                        return MonteCarloResult.Ending.INTERRUPTED;
                    }
                }
            }
        }
        return MonteCarloResult.Ending.ALL_TRIALS;
    }

    /**
     * Trials per task: enough that a task's overhead is small beside trials of tens of microseconds,
     * few enough that every worker gets several tasks in a short run of slow trials.
     */
    static int chunkSize(RunOptions options) {
        long perWorker = options.maxTrials() / (4L * options.threads());
        return (int) Math.max(1, Math.min(Math.min(MAX_CHUNK, options.blockSize()), perWorker));
    }

    private static double[][][] playChunk(Contest contest, TrialStreams[] trials) {
        double[][][] values = new double[trials.length][][];
        for (int i = 0; i < trials.length; i++) {
            values[i] = playTrial(contest, trials[i]);
        }
        return values;
    }

    private static double[][] playTrial(Contest contest, TrialStreams trial) {
        int metrics = contest.metrics().size();
        double[][] values = new double[contest.contestants().size()][metrics];
        contest.playAll(trial, values);
        for (int c = 0; c < values.length; c++) {
            for (int m = 0; m < metrics; m++) {
                if (!Double.isFinite(values[c][m])) {
                    throw new IllegalStateException(contest.contestants().get(c) + " reported "
                            + contest.metrics().get(m).id() + " = " + values[c][m] + " in trial " + trial.trial());
                }
            }
        }
        return values;
    }

    private static <T> T await(Future<T> future) {
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
