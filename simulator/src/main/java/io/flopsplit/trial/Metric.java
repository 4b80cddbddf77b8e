package io.flopsplit.trial;

import io.flopsplit.compute.Range;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a trial of a policy measures, each with its name (as reports, CSV and JSON write it), its
 * unit, its meaning and the range its values lie in. The order here is the order of every report.
 * Query counts are real queries (a simulated sample, when outcomes are sampled, is scaled to them); quantities that do not exist
 * in a trial (no query served, training never started) are 0 and said so by the counts.
 */
public enum Metric {

    ACCURACY("accuracy", "share of queries", "Correct answers over every query that arrived; a dropped query counts as wrong", Range.PROBABILITY),
    SERVED_ACCURACY("servedAccuracy", "share of queries", "Correct answers over the queries served", Range.PROBABILITY),
    FULL_QUERIES("fullQueries", "real queries", "Queries served as planned, at the full budget k"),
    PARTIAL_QUERIES("partialQueries", "real queries", "Queries served with less than planned when the inference budget ran short"),
    DROPPED_QUERIES("droppedQueries", "real queries", "Queries not answered (including those the horizon cut)"),
    LOSS("loss", "nats per token", "Pretraining loss reached (0 if training never ran a chunk)"),
    PARAMS("params", "parameters", "Model size"),
    TRAINING_TOKENS("trainingTokens", "tokens", "Tokens trained"),
    K("k", "budget", "The strategy's budget k when deployment started (0 if it never did)"),
    SELECTION_FLOPS("selectionFlops", "FLOPs", "FLOPs spent on data selection"),
    PRETRAINING_FLOPS("pretrainingFlops", "FLOPs", "FLOPs spent on pretraining"),
    INFERENCE_FLOPS("inferenceFlops", "FLOPs", "FLOPs spent serving queries"),
    UNSPENT_FLOPS("unspentFlops", "FLOPs", "FLOPs of the budget left unspent"),
    HOURS_TO_DEPLOY("hoursToDeploy", "hours", "Simulated hours until deployment started (the horizon if it never did)"),
    MEDIAN_FLOPS_PER_QUERY("medianFlopsPerQuery", "FLOPs", "Median FLOPs of one served real query"),
    P95_FLOPS_PER_QUERY("p95FlopsPerQuery", "FLOPs", "95th percentile of the FLOPs of one served real query");

    private final String id;
    private final String unit;
    private final String description;
    private final Range range;

    Metric(String id, String unit, String description) {
        this(id, unit, description, Range.NON_NEGATIVE);
    }

    Metric(String id, String unit, String description, Range range) {
        this.id = id;
        this.unit = unit;
        this.description = description;
        this.range = range;
    }

    /** The name reports write, camelCase, e.g. {@code hoursToDeploy}. */
    public String id() {
        return id;
    }

    /** Its unit, for axis titles and documentation. */
    public String unit() {
        return unit;
    }

    /** What it measures. */
    public String description() {
        return description;
    }

    /** The values it can take; confidence intervals of its mean are kept inside. */
    public Range range() {
        return range;
    }

    /** Accepts a value of this metric, finite and in its range; the failure names the metric. */
    public double check(double value) {
        return range.check(id, value);
    }

    /** The metric called {@code id}. */
    public static Optional<Metric> find(String id) {
        return Arrays.stream(values()).filter(metric -> metric.id.equals(id)).findFirst();
    }
}
