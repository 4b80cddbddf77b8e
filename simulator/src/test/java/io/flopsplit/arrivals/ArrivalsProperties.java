package io.flopsplit.arrivals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.flopsplit.ReRunHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/** Arrival curves: the inverse cumulative rate inverts the share, and arrivals come in order. */
@ExtendWith(ReRunHint.class)
public class ArrivalsProperties {

    @Test
    void theInverseCumulativeRateInvertsTheShare() {
        qt().forAll(curves(), doubles().between(0, 1)).checkAssert((arrivals, share) -> {
            RateCurve curve = ((Arrivals.DemandCurve) arrivals).rateCurve();
            double fraction = curve.fractionAt(share, 0);
            assertTrue(fraction >= 0 && fraction <= 1);
            assertEquals(share, curve.share(fraction), 1e-9);
        });
    }

    @Test
    void arrivalsComeInOrderWithinTheWindow() {
        qt().forAll(curves(), doubles().between(0, 2000), longs().all()).checkAssert((arrivals, expected, seed) -> {
            ArrivalTimes times = arrivals.draw(expected, new io.flopsplit.random.RandomStreams(seed).next()
                    .stream(io.flopsplit.random.Purpose.ARRIVALS));
            double previous = 0;
            while (times.hasNext()) {
                double next = times.next();
                assertTrue(next >= previous && next <= 1, previous + " then " + next);
                previous = next;
            }
            assertEquals(times.count(), times.drawn());
        });
    }

    /** Demand curves of two to six knots, some rates zero, never all. */
    public static Gen<Arrivals> curves() {
        Gen<Integer> inner = integers().between(0, 4);
        return inner.zip(longs().all(), (count, seed) -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            double[] fractions = random.doubles(count, 1e-6, 1 - 1e-6).sorted().distinct().toArray();
            double[] pairs = new double[2 * (fractions.length + 2)];
            for (int i = 0; i < fractions.length + 2; i++) {
                pairs[2 * i] = i == 0 ? 0 : i == fractions.length + 1 ? 1 : fractions[i - 1];
                pairs[2 * i + 1] = random.nextInt(4) == 0 ? 0 : random.nextDouble(5);
            }
            pairs[1 + 2 * random.nextInt(fractions.length + 2)] = 1 + random.nextDouble(4);
            return Arrivals.demandCurve(pairs);
        });
    }
}
