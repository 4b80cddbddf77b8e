package io.flopsplit.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.Range;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    private static RunningMoments.Summary summary(double... values) {
        RunningMoments moments = new RunningMoments();
        for (double value : values) {
            moments.add(value);
        }
        return moments.summary();
    }

    @Test
    void anAccuracyIntervalFromTwoTrialsStaysWithinZeroAndOne() {
        // Two trials: t(0.975, 1) = 12.706, so mean 0.05 ± 12.706 · 0.05 reaches -0.59.
        ConfidenceInterval t = ConfidenceInterval.of(summary(0.0, 0.1), 0.95);
        assertEquals(0.05 - 12.7062047 * 0.05, t.low(), 1e-6);
        ConfidenceInterval clamped = ConfidenceInterval.of(summary(0.0, 0.1), 0.95, Range.PROBABILITY);
        assertEquals(0, clamped.low());
        assertEquals(t.high(), clamped.high());
        assertEquals(0.05, clamped.mean());
        assertEquals(t.high() - 0.05, clamped.halfWidth(), 1e-15, "the ± is the side that was not clamped");
        ConfidenceInterval both = ConfidenceInterval.of(summary(0.2, 0.9), 0.95, Range.PROBABILITY);
        assertEquals(0, both.low());
        assertEquals(1, both.high());
    }

    @Test
    void anIntervalInsideTheRangeIsUnchanged() {
        ConfidenceInterval t = ConfidenceInterval.of(summary(0.4, 0.5, 0.45, 0.47), 0.95);
        assertEquals(t, t.within(Range.PROBABILITY));
        assertEquals((t.high() - t.low()) / 2, t.halfWidth(), 1e-15);
    }

    @Test
    void theMeanStaysInsideEvenWhenRoundingPutsItOutsideTheRange() {
        ConfidenceInterval interval = new ConfidenceInterval(1 + 1e-16 * 2, 0.9, 1.1, 0.95, 3).within(Range.PROBABILITY);
        assertTrue(interval.low() <= interval.mean() && interval.mean() <= interval.high(), interval.toString());
    }

    @Test
    void differencesOfBoundedValuesHaveTheirOwnRange() {
        assertEquals(Range.closed(-1, 1), Range.PROBABILITY.ofDifferences());
        assertEquals(Range.ANY, Range.NON_NEGATIVE.ofDifferences());
        ConfidenceInterval difference = ConfidenceInterval.of(summary(-0.9, 0.9), 0.95, Range.PROBABILITY.ofDifferences());
        assertEquals(-1, difference.low());
        assertEquals(1, difference.high());
        assertThrows(IllegalArgumentException.class, () -> Range.closed(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Range.closed(Double.NaN, 0));
    }
}
