package io.flopsplit.fit;

import io.flopsplit.compute.Checks;
import java.util.Arrays;
import java.util.List;

/**
 * How a law is fitted and bootstrapped, with the defaults of the command line.
 *
 * @param delta the Huber loss's δ: residuals of log-loss up to δ count quadratically, beyond it
 *     linearly (Hoffmann et al. 2022 and Besiroglu et al. 2024 use 10⁻³)
 * @param dropHighest how many runs with the highest losses to leave out as outliers (Besiroglu et
 *     al. 2024 left out five)
 * @param resamples bootstrap resamples of the runs
 * @param seed the seed every resample's random stream derives from
 * @param level the central probability of the percentile intervals, e.g. 0.95
 * @param budgetsFlops training budgets at which the compute-optimal allocation is reported
 * @param grid the starting points of the fit to all runs
 * @param threads worker threads; results do not depend on it
 */
public record FitSettings(double delta, int dropHighest, int resamples, long seed, double level,
                          List<Double> budgetsFlops, StartGrid grid, int threads) {

    /** The Huber δ of Hoffmann et al. 2022, App. D.2. */
    public static final double DEFAULT_DELTA = 1e-3;
    /** Bootstrap resamples by default: a few thousand give stable bounds of a 95% percentile interval. */
    public static final int DEFAULT_RESAMPLES = 4000;
    /** Fewest resamples: below this the tails of a 95% percentile interval rest on a handful of fits. */
    public static final int MIN_RESAMPLES = 100;
    /** Most resamples. */
    public static final int MAX_RESAMPLES = 1_000_000;
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_LEVEL = 0.95;
    /** Narrowest and widest allowed interval levels. */
    public static final double MIN_LEVEL = 0.5;
    public static final double MAX_LEVEL = 0.999;
    /** Budgets of the reported allocation by default, as typed: from a large ablation to a frontier run. */
    public static final String DEFAULT_BUDGETS_TEXT = "1e21,1e23,1e25";
    public static final List<Double> DEFAULT_BUDGETS = Arrays.stream(DEFAULT_BUDGETS_TEXT.split(","))
            .map(Double::valueOf).toList();

    public FitSettings {
        Checks.positive("delta", delta);
        if (dropHighest < 0) {
            throw new IllegalArgumentException("dropHighest: must be >= 0, was " + dropHighest);
        }
        if (resamples < MIN_RESAMPLES || resamples > MAX_RESAMPLES) {
            throw new IllegalArgumentException("resamples: must be from " + MIN_RESAMPLES + " to " + MAX_RESAMPLES
                    + ", was " + resamples);
        }
        Checks.inRange("level", level, MIN_LEVEL, MAX_LEVEL);
        budgetsFlops = List.copyOf(budgetsFlops);
        budgetsFlops.forEach(budget -> Checks.positive("budgets", budget));
        Checks.present("grid", grid);
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
    }

    /** The defaults, on {@code threads} threads. */
    public static FitSettings defaults(int threads) {
        return new FitSettings(DEFAULT_DELTA, 0, DEFAULT_RESAMPLES, DEFAULT_SEED, DEFAULT_LEVEL, DEFAULT_BUDGETS,
                StartGrid.HOFFMANN, threads);
    }

    public FitSettings withDelta(double value) {
        return new FitSettings(value, dropHighest, resamples, seed, level, budgetsFlops, grid, threads);
    }

    public FitSettings withDropHighest(int value) {
        return new FitSettings(delta, value, resamples, seed, level, budgetsFlops, grid, threads);
    }

    public FitSettings withResamples(int value) {
        return new FitSettings(delta, dropHighest, value, seed, level, budgetsFlops, grid, threads);
    }

    public FitSettings withSeed(long value) {
        return new FitSettings(delta, dropHighest, resamples, value, level, budgetsFlops, grid, threads);
    }

    public FitSettings withLevel(double value) {
        return new FitSettings(delta, dropHighest, resamples, seed, value, budgetsFlops, grid, threads);
    }

    public FitSettings withBudgets(List<Double> value) {
        return new FitSettings(delta, dropHighest, resamples, seed, level, value, grid, threads);
    }

    public FitSettings withGrid(StartGrid value) {
        return new FitSettings(delta, dropHighest, resamples, seed, level, budgetsFlops, value, threads);
    }

    public FitSettings withThreads(int value) {
        return new FitSettings(delta, dropHighest, resamples, seed, level, budgetsFlops, grid, value);
    }
}
