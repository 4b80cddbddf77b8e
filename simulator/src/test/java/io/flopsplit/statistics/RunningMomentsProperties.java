package io.flopsplit.statistics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import io.flopsplit.ReRunHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The streaming mean and variance equal the two-pass ones. */
@ExtendWith(ReRunHint.class)
class RunningMomentsProperties {

    @Test
    void streamingMomentsEqualTwoPassMoments() {
        qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 60)).check(values -> {
            RunningMoments moments = new RunningMoments();
            values.forEach(moments::add);
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            double variance = values.size() < 2 ? 0 : squares / (values.size() - 1);
            double scale = 1 + Math.abs(mean) + variance;
            return moments.count() == values.size() && Math.abs(moments.mean() - mean) <= 1e-9 * scale
                    && Math.abs(moments.variance() - variance) <= 1e-9 * scale;
        });
    }
}
