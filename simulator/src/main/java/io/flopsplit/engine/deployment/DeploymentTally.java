package io.flopsplit.engine.deployment;

import io.flopsplit.ledger.CompensatedSum;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The running count of a deployment's queries as they run: served in full, partially, dropped,
 * correct, FLOPs spent (a {@link CompensatedSum}, exact like the ledger's), and the FLOPs of every
 * served query for exact order statistics — one double per served simulated query, sorted once
 * when an outcome is asked for. Every simulated query weighs the same w, so order statistics over
 * simulated queries are those over real ones. Mutable: one per deployment.
 */
final class DeploymentTally {

    private final double queryWeight;
    private final CompensatedSum flops = new CompensatedSum();
    private long full;
    private long partial;
    private long dropped;
    private long correct;
    private double[] servedFlops = new double[256];
    private int served;

    DeploymentTally(double queryWeight) {
        this.queryWeight = queryWeight;
    }

    /** Counts a query that has run and been paid for. */
    void add(Query query) {
        switch (query.service()) {
            case FULL -> full++;
            case PARTIAL -> partial++;
            case DROPPED -> dropped++;
        }
        if (!query.served()) {
            return;
        }
        if (query.correct()) {
            correct++;
        }
        flops.add(query.flops());
        if (served == servedFlops.length) {
            servedFlops = Arrays.copyOf(servedFlops, 2 * served);
        }
        servedFlops[served++] = query.flopsPerQuery();
    }

    /** The outcome so far, given how the deployment stands. */
    DeploymentOutcome outcome(DeploymentOutcome.Status status, double startedAtHours, long arrivals) {
        long queryEvents = full + partial + dropped;
        Arrays.sort(servedFlops, 0, served);
        double accuracy = served == 0 ? 0 : (double) correct / served;
        return new DeploymentOutcome(status, OptionalDouble.of(startedAtHours), queryWeight, arrivals, queryEvents,
                full * queryWeight, partial * queryWeight, dropped * queryWeight, correct * queryWeight, served > 0,
                accuracy, flops.nearest(), quantile(0.5), quantile(0.95));
    }

    /**
     * The nearest-rank q-quantile of the served queries' FLOPs: the ⌈q·n⌉-th smallest (the lower
     * middle value for the median of an even count); 0 when none was served. Needs the sort above.
     */
    private double quantile(double q) {
        if (served == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * served);
        return servedFlops[Math.max(1, rank) - 1];
    }
}
