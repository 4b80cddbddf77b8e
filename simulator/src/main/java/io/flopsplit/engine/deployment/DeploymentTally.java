package io.flopsplit.engine.deployment;

import io.flopsplit.ledger.CompensatedSum;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The running count of a deployment's batches as they run: real queries served in full, partially,
 * dropped, correct, FLOPs spent (a {@link CompensatedSum}, exact like the ledger's), and how many
 * real queries were served at each FLOPs per query — a handful of levels — for exact order
 * statistics. Mutable: one per deployment.
 */
final class DeploymentTally {

    private final CompensatedSum flops = new CompensatedSum();
    private final CompensatedSum correct = new CompensatedSum();
    private final TreeMap<Double, Long> servedAtFlops = new TreeMap<>();
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
        servedAtFlops.merge(batch.flopsPerQuery(), batch.queries(), Long::sum);
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
        for (var level : servedAtFlops.entrySet()) {
            seen += level.getValue();
            if (seen >= rank) {
                return level.getKey();
            }
        }
        return servedAtFlops.lastKey();
    }
}
