package io.flopsplit.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Metrics are found by their names, and a trial result refuses a value out of its metric's range by name. */
class MetricTest {

    @Test
    void everyMetricIsFoundByItsOwnName() {
        for (Metric metric : Metric.values()) {
            assertEquals(Optional.of(metric), Metric.find(metric.id()));
        }
        assertEquals(Metric.values().length, Arrays.stream(Metric.values()).map(Metric::id).distinct().count());
        assertEquals(Optional.empty(), Metric.find("accuracyy"));
    }

    @Test
    void aValueOutOfRangeIsRefusedUnderItsMetricsName() {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            values.put(metric, 0.5);
        }
        values.put(Metric.SERVED_ACCURACY, 1.5);
        assertEquals("servedAccuracy: must be in [0, 1], was 1.5", assertThrows(IllegalArgumentException.class,
                () -> new TrialResult("p", "greedy", values)).getMessage());
        values.put(Metric.SERVED_ACCURACY, 0.5);
        values.put(Metric.UNSPENT_FLOPS, -1.0);
        assertEquals("unspentFlops: must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> new TrialResult("p", "greedy", values)).getMessage());
        values.remove(Metric.K);
        assertEquals("k: must be given", assertThrows(IllegalArgumentException.class,
                () -> new TrialResult("p", "greedy", values)).getMessage());
    }
}
