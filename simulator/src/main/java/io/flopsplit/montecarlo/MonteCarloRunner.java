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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
/**
 * Runs a {@link Contest} over many trials. The coordinating thread derives each trial's random
 * streams in order and hands them to the workers in chunks of consecutive trials, keeping a few
 * chunks per worker in flight; it folds their results into the streaming {@link Tally} in trial
 * order as each chunk completes, so workers never wait for one another: the result is bit-identical
 * for the same seed whatever the thread count, and memory holds the chunks in flight, never the
 * whole run. After every block of trials folded it checks the precision target and reports
 * progress. While it waits for a chunk it polls the cancellation flag (Ctrl-C) every
 * {@value #POLL_MILLIS} ms; once it is set, the chunks in flight are cancelled and their workers
 * interrupted, which stops a trial in progress within a fraction of a second
 * ({@link io.flopsplit.engine.Cancellation}), and the result is that of the trials folded so far —
 * the first n, as a run of n trials would give.
 *
 * <p>A trial that fails is a defect, never bad input: scenarios are checked before a run
 * ({@code io.flopsplit.trial.Trial#check}), so any exception inside a trial, or a metric that is not
 * finite, is an {@link IllegalStateException} naming the trial (and the contestant, for a metric).
 */
public final class MonteCarloRunner {

    /** How often the coordinator looks at the cancellation flag while it waits for a chunk. */
    static final long POLL_MILLIS = 100;
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
        Deque<Chunk> inFlight = new ArrayDeque<>();
        long submitted = 0;
        try {
            while (tally.trials < options.maxTrials()) {
                if (cancelled.getAsBoolean()) {
                    return MonteCarloResult.Ending.INTERRUPTED;
                }
                while (inFlight.size() < CHUNKS_PER_THREAD * options.threads() && submitted < options.maxTrials()) {
                    TrialStreams[] trials = new TrialStreams[(int) Math.min(chunk, options.maxTrials() - submitted)];
                    for (int i = 0; i < trials.length; i++) {
                        trials[i] = streams.next();
                    }
                    submitted += trials.length;
                    inFlight.add(Chunk.submit(workers, contest, trials));
                }
                Chunk next = inFlight.poll();
                boolean whole = next.await(cancelled);
                for (double[][] trial : next.completed()) {
                    tally.add(trial);
                    if (tally.trials % options.blockSize() == 0 || tally.trials == options.maxTrials()) {
                        progress.accept(tally.trials);
                        if (precise(tally, options)) {
                            return MonteCarloResult.Ending.PRECISION_REACHED;
                        }
                    }
                }
                if (!whole) {
                    progress.accept(tally.trials);
                    return MonteCarloResult.Ending.INTERRUPTED;
                }
            }
            return MonteCarloResult.Ending.ALL_TRIALS;
        } finally {
            inFlight.forEach(Chunk::cancel);
        }
    }

    /**
     * Trials per task: enough that a task's overhead is small beside trials of tens of microseconds,
     * few enough that every worker gets several tasks in a short run of slow trials.
     */
    static int chunkSize(RunOptions options) {
        long perWorker = options.maxTrials() / (4L * options.threads());
        return (int) Math.max(1, Math.min(Math.min(MAX_CHUNK, options.blockSize()), perWorker));
    }

    /** One trial's metrics for every contestant, checked finite; a failure is a defect naming the contestant. */
    static double[][] playTrial(Contest contest, TrialStreams trial) {
        int metrics = contest.metrics().size();
        double[][] values = new double[contest.contestants().size()][metrics];
        try {
            contest.playAll(trial, values);
        } catch (CancellationException cancelled) {
            throw cancelled;
        } catch (ContestantFailure failure) {
            throw new IllegalStateException(contest.contestants().get(failure.contestant()) + " failed in trial "
                    + trial.trial() + ", though the run was checked before it started: " + failure.getMessage(),
                    failure.getCause());
        } catch (RuntimeException e) {
            throw new IllegalStateException("trial " + trial.trial() + " failed, though the run was checked before"
                    + " it started: " + e.getMessage(), e);
        }
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
