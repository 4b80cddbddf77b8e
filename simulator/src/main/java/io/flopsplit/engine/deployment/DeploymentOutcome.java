package io.flopsplit.engine.deployment;

import io.flopsplit.compute.Checks;
import java.util.OptionalDouble;

/**
 * What a deployment served by the time a trial ended, in real queries. Accuracy is over the served
 * queries (in full or partially); dropped queries are not in it but are counted, and so are the
 * queries the horizon cut, so that a policy cannot look accurate by serving few.
 *
 * @param status whether deployment ran, and how it ended
 * @param startedAtHours when deployment began: the time to deploy; empty if it never began
 * @param realQueries real queries drawn for the whole window (Poisson); 0 if deployment never began
 * @param batches batches that ran before the horizon ended (served or dropped)
 * @param fullQueries real queries served with the plan at its full budget
 * @param partialQueries real queries served with less, when the budget ran short ({@link Exhaustion})
 * @param droppedQueries real queries that arrived and were not served
 * @param correctQueries real queries answered correctly (expected or sampled, {@link Outcomes})
 * @param accuracy correct / served real queries, in [0, 1]; 0 when none was served
 * @param inferenceFlops FLOPs the deployment spent
 * @param medianFlopsPerQuery median FLOPs of one served real query (0 when none was served)
 * @param p95FlopsPerQuery 95th percentile of the FLOPs of one served real query (0 when none was served)
 */
public record DeploymentOutcome(Status status, OptionalDouble startedAtHours, long realQueries, long batches,
                                long fullQueries, long partialQueries, long droppedQueries, double correctQueries,
                                double accuracy, double inferenceFlops, double medianFlopsPerQuery,
                                double p95FlopsPerQuery) {

    /** How deployment ended. */
    public enum Status {
        /** Never began: an earlier phase was still running when the horizon ended. */
        NOT_STARTED,
        /** Began, but the horizon ended before the window's last arrival. */
        CUT_BY_HORIZON,
        /** Every arrival of the window ran (served or dropped). */
        COMPLETED
    }

    public DeploymentOutcome {
        Checks.present("status", status);
        Checks.present("startedAtHours", startedAtHours).ifPresent(value -> Checks.nonNegative("startedAtHours", value));
        Checks.nonNegative("realQueries", realQueries);
        Checks.nonNegative("batches", batches);
        Checks.nonNegative("fullQueries", fullQueries);
        Checks.nonNegative("partialQueries", partialQueries);
        Checks.nonNegative("droppedQueries", droppedQueries);
        if (fullQueries + partialQueries + droppedQueries > realQueries) {
            throw new IllegalArgumentException("realQueries: must be at least the " + (fullQueries + partialQueries
                    + droppedQueries) + " queries that arrived, was " + realQueries);
        }
        Checks.inRange("correctQueries", correctQueries, 0, fullQueries + partialQueries);
        Checks.probability("accuracy", accuracy);
        Checks.nonNegative("inferenceFlops", inferenceFlops);
        Checks.nonNegative("medianFlopsPerQuery", medianFlopsPerQuery);
        Checks.inRange("p95FlopsPerQuery", p95FlopsPerQuery, medianFlopsPerQuery, Double.MAX_VALUE);
    }

    /** The outcome of a deployment that never began. */
    static DeploymentOutcome notStarted() {
        return new DeploymentOutcome(Status.NOT_STARTED, OptionalDouble.empty(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Whether any query was served; when not, accuracy and the FLOPs percentiles are 0 by convention. */
    public boolean servedAny() {
        return servedQueries() > 0;
    }

    /** Real queries served, in full or partially. */
    public long servedQueries() {
        return fullQueries + partialQueries;
    }

    /** Real queries that arrived before the horizon ended: served or dropped. */
    public long arrivedQueries() {
        return servedQueries() + droppedQueries;
    }

    /** Real queries of the window that the horizon cut: drawn, but never arrived in the trial. */
    public long cutQueries() {
        return realQueries - arrivedQueries();
    }
}
