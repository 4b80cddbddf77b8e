package io.flopsplit.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class RunningMomentsTest {

    @Test
    void matchesTheTwoPassFormulas() {
        double[] values = {2, 4, 4, 4, 5, 5, 7, 9};
        RunningMoments moments = new RunningMoments();
        for (double value : values) {
            moments.add(value);
        }
        assertEquals(8, moments.count());
        assertEquals(5, moments.mean(), 1e-15);
        assertEquals(new Variance().evaluate(values), moments.variance(), 1e-14);
        assertEquals(Math.sqrt(32.0 / 7 / 8), moments.standardError(), 1e-15);
    }

    @Test
    void largeOffsetsKeepTheirPrecision() {
        // Welford's update avoids the cancellation of sum-of-squares formulas.
        RunningMoments moments = new RunningMoments();
        for (double value : new double[] {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16}) {
            moments.add(value);
        }
        assertEquals(30, moments.variance(), 1e-6);
    }

    @Test
    void emptyAndSingleValues() {
        RunningMoments moments = new RunningMoments();
        assertEquals(0, moments.variance(), 0);
        moments.add(3);
        assertEquals(3, moments.mean(), 0);
        assertEquals(0, moments.standardError(), 0);
        assertThrows(IllegalArgumentException.class, () -> moments.add(Double.NaN));
    }

    @Test
    void confidenceIntervalUsesStudentT() {
        // t_{0.975, 9} = 2.262157 (standard tables).
        RunningMoments moments = new RunningMoments();
        for (int i = 1; i <= 10; i++) {
            moments.add(i);
        }
        ConfidenceInterval interval = ConfidenceInterval.of(moments.summary(), 0.95);
        assertEquals(2.262157 * moments.standardError(), interval.halfWidth(), 1e-6);
        assertEquals(5.5, interval.mean(), 1e-15);
        assertTrue(interval.isDefined() && interval.contains(5.5));
    }

    @Test
    void ninetyFivePercentIntervalsCoverTheMeanNinetyFivePercentOfTheTime() {
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(12345L);
        int covered = 0;
        int experiments = 4000;
        for (int e = 0; e < experiments; e++) {
            RunningMoments moments = new RunningMoments();
            for (int i = 0; i < 12; i++) {
                moments.add(random.nextDouble());
            }
            covered += ConfidenceInterval.of(moments.summary(), 0.95).contains(0.5) ? 1 : 0;
        }
        // Binomial(4000, 0.95): standard deviation 13.8 hits; allow 4.5 of them.
        assertEquals(0.95 * experiments, covered, 62);
    }

    @Test
    void singleValueIntervalIsAPoint() {
        RunningMoments moments = new RunningMoments();
        moments.add(2);
        ConfidenceInterval interval = ConfidenceInterval.of(moments.summary(), 0.95);
        assertEquals(2, interval.low(), 0);
        assertEquals(2, interval.high(), 0);
        assertTrue(!interval.isDefined());
    }
}
