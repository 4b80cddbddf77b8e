package io.flopsplit.arrivals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.random.Purpose;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.statistics.RunningMoments;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Real arrivals: Poisson counts split at the horizon, and order statistics drawn only where asked. */
class RealArrivalsTest {

    static UniformRandomProvider stream(long seed) {
        return new RandomStreams(seed).next().stream(Purpose.ARRIVALS);
    }

    @Test
    void theNthArrivalIsTheNthOrderStatisticOfTheCurve() {
        for (Arrivals arrivals : List.of(Arrivals.poisson(), Arrivals.demandCurve(0, 0.2, 0.5, 1, 1, 3))) {
            RunningMoments median = new RunningMoments();
            RunningMoments last = new RunningMoments();
            for (long seed = 0; seed < 2000; seed++) {
                RealArrivals real = arrivals.drawReal(1e6, 2, stream(seed));
                long n = real.count();
                double middle = real.fractionOf(n / 2);
                double end = real.fractionOf(n);
                assertTrue(0 <= middle && middle <= end && end <= 1, middle + " then " + end);
                median.add(arrivals.cumulativeShare(middle));
                last.add(arrivals.cumulativeShare(end));
            }
            // The (n/2)-th of n uniforms has mean ≈ 1/2 and sd ≈ 1/(2√n); the last has mean n/(n + 1).
            assertEquals(0.5, median.mean(), 1e-4, arrivals.toString());
            assertEquals(1 - 1e-6, last.mean(), 1e-6, arrivals.toString());
        }
    }

    @Test
    void arrivalsBeforeTheHorizonComeBeforeItAndTheRestAfter() {
        Arrivals curve = Arrivals.demandCurve(0, 1, 1, 0);
        for (long seed = 0; seed < 200; seed++) {
            RealArrivals real = curve.drawReal(5000, 0.3, stream(seed));
            long before = real.beforeHorizon();
            assertTrue(before > 0 && before < real.count());
            double atHorizon = real.fractionOf(before);
            double after = real.fractionOf(before + 1);
            assertTrue(atHorizon <= 0.3 + 1e-12 && after >= 0.3 - 1e-12, atHorizon + " / " + after);
        }
    }

    @Test
    void largeCountsAreNormalWithThePoissonMeanAndVariance() {
        RunningMoments counts = new RunningMoments();
        for (long seed = 0; seed < 4000; seed++) {
            counts.add(RealArrivals.poisson(stream(seed), 5e9));
        }
        assertEquals(5e9, counts.mean(), 4 * Math.sqrt(5e9 / 4000));
        assertEquals(1, counts.variance() / 5e9, 0.1);
        assertEquals(0, RealArrivals.poisson(stream(1), 0));
    }

    @Test
    void arrivalsMustBeAskedForInOrder() {
        RealArrivals real = Arrivals.poisson().drawReal(100, 2, stream(3));
        real.fractionOf(10);
        assertThrows(IllegalArgumentException.class, () -> real.fractionOf(10));
        assertThrows(IllegalArgumentException.class, () -> real.fractionOf(real.count() + 1));
    }
}
