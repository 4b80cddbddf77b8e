package io.flopsplit.engine.deployment;

import io.flopsplit.ledger.CompensatedSum;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The running count of a deployment's batches as they run: real queries served in full, partially,
 * dropped, correct, FLOPs spent (a {@link CompensatedSum}, exact like the ledger's), and how many
 * real queries were served at each FLOPs per query — a handful of levels, kept in increasing order
 * of FLOPs in two small arrays — for exact order statistics. Mutable: one per deployment.
 */
final class DeploymentTally {

    private final CompensatedSum flops = new CompensatedSum();
    private final CompensatedSum correct = new CompensatedSum();
    /** The distinct FLOPs per query served at, increasing, and the real queries served at each. */
    private double[] levelFlops = new double[2];
    private long[] levelQueries = new long[2];
    private int levels;
    private long full;
    private long partial;
    private long dropped;
    private long batches;

    /** Counts a batch that has run and been paid for. */
    void add(QueryBatch batch) {
        batches++;
        switch (batch.service()) {
            case FULL -> full += batch.queries();
            case PARTIAL -> partial += batch.queries();
            case DROPPED -> dropped += batch.queries();
        }
        if (!batch.served()) {
            return;
        }
        correct.add(batch.correctQueries());
        flops.add(batch.flops());
        countAtLevel(batch.flopsPerQuery(), batch.queries());
    }

    /** Adds {@code queries} to the level of {@code flopsPerQuery}, inserting it in order if new. */
    private void countAtLevel(double flopsPerQuery, long queries) {
        int at = 0;
        while (at < levels && levelFlops[at] < flopsPerQuery) {
            at++;
        }
        if (at < levels && levelFlops[at] == flopsPerQuery) {
            levelQueries[at] += queries;
            return;
        }
        if (levels == levelFlops.length) {
            levelFlops = Arrays.copyOf(levelFlops, 2 * levels);
            levelQueries = Arrays.copyOf(levelQueries, 2 * levels);
        }
        System.arraycopy(levelFlops, at, levelFlops, at + 1, levels - at);
        System.arraycopy(levelQueries, at, levelQueries, at + 1, levels - at);
        levelFlops[at] = flopsPerQuery;
        levelQueries[at] = queries;
        levels++;
    }

    /** The outcome so far, given how the deployment stands. */
    DeploymentOutcome outcome(DeploymentOutcome.Status status, double startedAtHours, long realQueries) {
        long served = full + partial;
        double correctQueries = Math.min(served, correct.nearest());
        double accuracy = served == 0 ? 0 : Math.min(1, correctQueries / served);
        return new DeploymentOutcome(status, OptionalDouble.of(startedAtHours), realQueries, batches, full, partial,
                dropped, correctQueries, accuracy, flops.nearest(), quantile(0.5, served), quantile(0.95, served));
    }

    /**
     * The nearest-rank q-quantile of the served queries' FLOPs: the ⌈q·n⌉-th smallest (the lower
     * middle value for the median of an even count); 0 when none was served.
     */
    private double quantile(double q, long served) {
        if (served == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * served));
        long seen = 0;
        for (int level = 0; level < levels; level++) {
            seen += levelQueries[level];
            if (seen >= rank) {
                return levelFlops[level];
            }
        }
        return levelFlops[levels - 1];
    }
}
