package io.flopsplit.montecarlo;

import io.flopsplit.compute.Checks;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.trial.Metric;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a Monte Carlo run found.
 *
 * @param contestants contestants' names
 * @param metrics the metrics
 * @param objective the metric that decides which contestant is best in a trial
 * @param trials trials completed
 * @param ending why the run ended
 * @param estimates per contestant and metric: the mean and its confidence interval
 * @param differences per contestant and metric: the paired difference from the baseline
 * @param probabilityBest per contestant: the share of trials in which it was best on the objective (ties shared)
 */
public record MonteCarloResult(List<String> contestants, List<Metric> metrics, Metric objective, long trials,
                               Ending ending,
                               List<Estimate> estimates, List<Difference> differences, List<Double> probabilityBest) {

    /** Why a run ended. */
    public enum Ending {
        /** All requested trials were played. */
        ALL_TRIALS,
        /** Every interval of the objective was narrower than the requested precision. */
        PRECISION_REACHED,
        /** The run was interrupted (Ctrl-C); the trials completed so far are reported. */
        INTERRUPTED
    }

    public MonteCarloResult {
        contestants = List.copyOf(contestants);
        metrics = List.copyOf(metrics);
        estimates = List.copyOf(estimates);
        differences = List.copyOf(differences);
        probabilityBest = List.copyOf(probabilityBest);
    }

    /**
     * One contestant's mean of one metric.
     *
     * @param contestant name
     * @param metric name
     * @param interval mean and confidence interval
     * @param sd sample standard deviation over trials
     */
    public record Estimate(String contestant, Metric metric, ConfidenceInterval interval, double sd) {
        public Estimate {
            Checks.nonNegative("sd", sd);
        }
    }

    /**
     * A contestant's paired difference from the baseline on one metric (contestant − baseline).
     *
     * @param baseline baseline's name
     * @param contestant name
     * @param metric name
     * @param interval mean difference and confidence interval
     * @param varianceReduction Var(X) + Var(Y) over Var(X − Y): how many times fewer trials common random
     *     numbers need than independent streams for the same precision; empty when either side is degenerate
     */
    public record Difference(String baseline, String contestant, Metric metric, ConfidenceInterval interval,
                             OptionalDouble varianceReduction) {
    }

    /** The estimate of {@code metric} for {@code contestant}. */
    public Estimate estimate(String contestant, Metric metric) {
        return estimates.stream().filter(e -> e.contestant().equals(contestant) && e.metric().equals(metric))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no estimate of " + metric.id() + " for "
                        + contestant));
    }

    /** The paired difference of {@code contestant} from the baseline on {@code metric}. */
    public Difference difference(String contestant, Metric metric) {
        return differences.stream().filter(d -> d.contestant().equals(contestant) && d.metric().equals(metric))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no difference of " + metric.id() + " for "
                        + contestant));
    }
}
