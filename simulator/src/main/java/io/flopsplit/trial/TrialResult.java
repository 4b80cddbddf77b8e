package io.flopsplit.trial;

import io.flopsplit.compute.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one trial of one policy produced: the policy's name, the serving strategy's id, and the
 * value of every {@link Metric}, each checked against the metric's range.
 *
 * @param policy the policy's name
 * @param strategy the serving strategy's id
 * @param values every metric's value
 */
public record TrialResult(String policy, String strategy, Map<Metric, Double> values) {

    public TrialResult {
        Checks.present("policy", policy);
        Checks.present("strategy", strategy);
        EnumMap<Metric, Double> checked = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            Double value = values.get(metric);
            if (value == null) {
                throw new IllegalArgumentException(metric.id() + ": must be given");
            }
            checked.put(metric, metric.check(value));
        }
        values = Collections.unmodifiableMap(checked);
    }

    /** The value of {@code metric}. */
    public double get(Metric metric) {
        return values.get(metric);
    }

    /** Writes every metric's value into {@code into}, in the order of {@link Metric#values()}. */
    public void copyMetrics(double[] into) {
        for (Metric metric : Metric.values()) {
            into[metric.ordinal()] = values.get(metric);
        }
    }
}
