package io.flopsplit.statistics;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.flopsplit.ReRunHint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Combining partial accumulators gives what one accumulator over all values gives. */
@ExtendWith(ReRunHint.class)
class RunningMomentsProperties {

    @Test
    void combiningPartsEqualsOneStream() {
        qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(0, 60), integers().between(0, 60))
                .check((values, cut) -> {
                    int split = Math.min(cut, values.size());
                    RunningMoments whole = accumulate(values);
                    RunningMoments left = accumulate(values.subList(0, split));
                    left.combine(accumulate(values.subList(split, values.size())));
                    double scale = 1 + Math.abs(whole.mean()) + whole.variance();
                    return left.count() == whole.count()
                            && Math.abs(left.mean() - whole.mean()) <= 1e-9 * scale
                            && Math.abs(left.variance() - whole.variance()) <= 1e-9 * scale;
                });
    }

    private static RunningMoments accumulate(List<Double> values) {
        RunningMoments moments = new RunningMoments();
        values.forEach(moments::add);
        return moments;
    }
}
