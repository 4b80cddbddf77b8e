package io.flopsplit.engine.deployment;

import io.flopsplit.compute.Checks;
import java.util.OptionalDouble;

/**
 * What a deployment served by the time a trial ended. Query counts are of <em>real</em> queries:
 * each simulated query counts for its weight w. Accuracy is over the served queries (in full or
 * partially), weighted by w; dropped queries are not in it but are counted, so that a policy cannot
 * look accurate by serving few.
 *
 * @param status whether deployment ran, and how it ended
 * @param startedAtHours when deployment began: the time to deploy; empty if it never began
 * @param queryWeight w, real queries per simulated query
 * @param arrivals simulated queries drawn for the whole window (Poisson); 0 if deployment never began
 * @param queryEvents simulated queries that ran before the horizon ended (served or dropped)
 * @param fullQueries real queries served with the plan at its full budget
 * @param partialQueries real queries served with less, when the budget ran short ({@link Exhaustion})
 * @param droppedQueries real queries not served
 * @param correctQueries real queries answered correctly
 * @param servedAny whether any query was served; when false, accuracy and the FLOPs percentiles are 0
 *     by convention, not measurements
 * @param accuracy correct / served real queries, in [0, 1]; 0 when none was served
 * @param inferenceFlops FLOPs the deployment spent, all real queries included
 * @param medianFlopsPerQuery median FLOPs of one served real query (0 when none was served)
 * @param p95FlopsPerQuery 95th percentile of the FLOPs of one served real query (0 when none was served)
 */
public record DeploymentOutcome(Status status, OptionalDouble startedAtHours, double queryWeight, long arrivals,
                                long queryEvents, double fullQueries, double partialQueries, double droppedQueries,
                                double correctQueries, boolean servedAny, double accuracy, double inferenceFlops,
                                double medianFlopsPerQuery, double p95FlopsPerQuery) {

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
        Checks.positive("queryWeight", queryWeight);
        Checks.nonNegative("arrivals", arrivals);
        Checks.inRange("queryEvents", queryEvents, 0, arrivals);
        Checks.nonNegative("fullQueries", fullQueries);
        Checks.nonNegative("partialQueries", partialQueries);
        Checks.nonNegative("droppedQueries", droppedQueries);
        Checks.nonNegative("correctQueries", correctQueries);
        if (correctQueries > (fullQueries + partialQueries) * (1 + 1e-12)) {
            throw new IllegalArgumentException("correctQueries: must be <= the served queries "
                    + Checks.show(fullQueries + partialQueries) + ", was " + Checks.show(correctQueries));
        }
        Checks.probability("accuracy", accuracy);
        Checks.nonNegative("inferenceFlops", inferenceFlops);
        Checks.nonNegative("medianFlopsPerQuery", medianFlopsPerQuery);
        Checks.inRange("p95FlopsPerQuery", p95FlopsPerQuery, medianFlopsPerQuery, Double.MAX_VALUE);
        if (servedAny != (fullQueries + partialQueries > 0)) {
            throw new IllegalArgumentException("servedAny: must say whether any query was served, was " + servedAny
                    + " with " + Checks.show(fullQueries + partialQueries) + " served");
        }
    }

    /** The outcome of a deployment that never began. */
    static DeploymentOutcome notStarted(double queryWeight) {
        return new DeploymentOutcome(Status.NOT_STARTED, OptionalDouble.empty(), queryWeight, 0, 0, 0, 0, 0, 0, false,
                0, 0, 0, 0);
    }

    /** Real queries served, in full or partially. */
    public double servedQueries() {
        return fullQueries + partialQueries;
    }

    /** Real queries that arrived before the horizon ended: served or dropped. */
    public double arrivedQueries() {
        return servedQueries() + droppedQueries;
    }

    /** Real queries of the window that the horizon cut: drawn, but never arrived in the trial. */
    public double cutQueries() {
        return (arrivals - queryEvents) * queryWeight;
    }
}
