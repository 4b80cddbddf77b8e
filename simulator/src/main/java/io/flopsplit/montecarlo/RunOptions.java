package io.flopsplit.montecarlo;

import io.flopsplit.compute.Checks;

/**
 * How a Monte Carlo run is carried out.
 *
 * @param maxTrials the number of trials, or the most when {@code precision} may stop it earlier (≥ 1;
 *     with one trial the result has means but no intervals)
 * @param seed master seed of every random stream
 * @param threads worker threads (≥ 1); results do not depend on it
 * @param precision stop once every confidence interval's half-width is at most this (0: never stop early)
 * @param level confidence level of the intervals, e.g. 0.95
 * @param baseline index of the contestant paired differences are taken against
 * @param blockSize trials folded together; precision is checked between blocks (≥ 1)
 */
public record RunOptions(long maxTrials, long seed, int threads, double precision, double level, int baseline,
                         int blockSize) {

    /** Trials per block by default: small enough to stop promptly, large enough to keep workers busy. */
    public static final int DEFAULT_BLOCK_SIZE = 64;

    public RunOptions {
        if (maxTrials < 1) {
            throw new IllegalArgumentException("trials: must be >= 1, was " + maxTrials);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads: must be >= 1, was " + threads);
        }
        Checks.nonNegative("precision", precision);
        Checks.inRange("level", level, 0.5, 0.9999);
        if (baseline < 0) {
            throw new IllegalArgumentException("baseline: must be >= 0, was " + baseline);
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize: must be >= 1, was " + blockSize);
        }
    }

    /** Options with the default block size, the first contestant as baseline and 95% intervals. */
    public static RunOptions of(long trials, long seed, int threads, double precision) {
        return new RunOptions(trials, seed, threads, precision, 0.95, 0, DEFAULT_BLOCK_SIZE);
    }
}
