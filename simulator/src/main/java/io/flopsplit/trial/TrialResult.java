package io.flopsplit.trial;

import io.flopsplit.compute.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one trial of one policy produced: the policy's name, the serving strategy's id, and the
 * value of every {@link Metric}, each checked against the metric's range. The values are held in
 * the order of {@link Metric#values()}, unboxed: a run makes one result per policy and trial.
 */
public final class TrialResult {

    private static final Metric[] METRICS = Metric.values();

    private final String policy;
    private final String strategy;
    private final double[] values;

    /**
     * @param policy the policy's name
     * @param strategy the serving strategy's id
     * @param values every metric's value
     */
    public TrialResult(String policy, String strategy, Map<Metric, Double> values) {
        this(policy, strategy, byOrdinal(Checks.present("values", values)));
    }

    /** As the public constructor, with the values in the order of {@link Metric#values()} (taken, not copied). */
    TrialResult(String policy, String strategy, double[] values) {
        this.policy = Checks.present("policy", policy);
        this.strategy = Checks.present("strategy", strategy);
        for (Metric metric : METRICS) {
            metric.check(values[metric.ordinal()]);
        }
        this.values = values;
    }

    private static double[] byOrdinal(Map<Metric, Double> values) {
        double[] ordered = new double[METRICS.length];
        for (Metric metric : METRICS) {
            Double value = values.get(metric);
            if (value == null) {
                throw new IllegalArgumentException(metric.id() + ": must be given");
            }
            ordered[metric.ordinal()] = value;
        }
        return ordered;
    }

    /** The policy's name. */
    public String policy() {
        return policy;
    }

    /** The serving strategy's id. */
    public String strategy() {
        return strategy;
    }

    /** Every metric's value, read only. */
    public Map<Metric, Double> values() {
        EnumMap<Metric, Double> map = new EnumMap<>(Metric.class);
        for (Metric metric : METRICS) {
            map.put(metric, values[metric.ordinal()]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The value of {@code metric}. */
    public double get(Metric metric) {
        return values[metric.ordinal()];
    }

    /** Writes every metric's value into {@code into}, in the order of {@link Metric#values()}. */
    public void copyMetrics(double[] into) {
        System.arraycopy(values, 0, into, 0, values.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrialResult that && policy.equals(that.policy) && strategy.equals(that.strategy)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * policy.hashCode() + strategy.hashCode()) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TrialResult[policy=" + policy + ", strategy=" + strategy + ", values=" + values() + "]";
    }
}
