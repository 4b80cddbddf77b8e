package io.flopsplit.trial;

import io.flopsplit.compute.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one trial of one policy produced. Query counts are real queries (each simulated query stands
 * for w). {@code accuracy} counts every query that arrived, a dropped one as unanswered;
 * {@code servedAccuracy} counts only those served. FLOPs per query are per real query over served
 * queries. Every number is finite; quantities that do not exist (no query served, training never
 * started) are 0 and said so by the counts.
 *
 * @param policy the policy's name
 * @param strategy the serving strategy's id
 * @param k the strategy's budget when deployment started (0 if it never did)
 * @param accuracy correct answers over arrived queries
 * @param servedAccuracy correct answers over served queries
 * @param fullQueries queries served as planned
 * @param partialQueries queries served with less than planned
 * @param droppedQueries queries not answered
 * @param loss pretraining loss reached (0 if training never ran a chunk)
 * @param params model size
 * @param trainingTokens tokens trained
 * @param selectionFlops FLOPs spent on data selection
 * @param pretrainingFlops FLOPs spent on pretraining
 * @param inferenceFlops FLOPs spent serving
 * @param unspentFlops FLOPs left unspent
 * @param hoursToDeploy simulated hours until deployment started (the horizon if it never did)
 * @param medianFlopsPerQuery median FLOPs per served real query
 * @param p95FlopsPerQuery 95th percentile FLOPs per served real query
 */
public record TrialResult(String policy, String strategy, int k, double accuracy, double servedAccuracy,
                          double fullQueries, double partialQueries, double droppedQueries, double loss, double params,
                          double trainingTokens, double selectionFlops, double pretrainingFlops, double inferenceFlops,
                          double unspentFlops, double hoursToDeploy, double medianFlopsPerQuery,
                          double p95FlopsPerQuery) {

    /** The metrics a Monte Carlo run reports, in order. */
    public static final List<String> METRICS = List.of("accuracy", "servedAccuracy", "fullQueries", "partialQueries",
            "droppedQueries", "loss", "params", "trainingTokens", "k", "selectionFlops", "pretrainingFlops",
            "inferenceFlops", "unspentFlops", "hoursToDeploy", "medianFlopsPerQuery", "p95FlopsPerQuery");

    public TrialResult {
        Checks.present("policy", policy);
        Checks.present("strategy", strategy);
        Checks.probability("accuracy", accuracy);
        Checks.probability("servedAccuracy", servedAccuracy);
        for (double value : new double[] {fullQueries, partialQueries, droppedQueries, loss, params, trainingTokens,
                selectionFlops, pretrainingFlops, inferenceFlops, unspentFlops, hoursToDeploy, medianFlopsPerQuery,
                p95FlopsPerQuery}) {
            Checks.nonNegative("metric", value);
        }
    }

    /** The metrics by name, in the order of {@link #METRICS}. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        double[] values = {accuracy, servedAccuracy, fullQueries, partialQueries, droppedQueries, loss, params,
            trainingTokens, k, selectionFlops, pretrainingFlops, inferenceFlops, unspentFlops, hoursToDeploy,
            medianFlopsPerQuery, p95FlopsPerQuery};
        for (int i = 0; i < values.length; i++) {
            metrics.put(METRICS.get(i), values[i]);
        }
        return metrics;
    }

    /** Writes the metrics into {@code values} in the order of {@link #METRICS}. */
    public void copyMetrics(double[] values) {
        int i = 0;
        for (double value : metrics().values()) {
            values[i++] = value;
        }
    }
}
