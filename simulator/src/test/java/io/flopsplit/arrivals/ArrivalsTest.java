package io.flopsplit.arrivals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Arrival curves: their shares in closed form, and the messages of bad ones. */
class ArrivalsTest {

    @Test
    void theCumulativeShareOfADemandCurveIsItsNormalisedArea() {
        Arrivals growing = Arrivals.demandCurve(0, 0, 1, 2);
        assertEquals(0.25, growing.cumulativeShare(0.5), 1e-15, "a linear rate gives a quadratic share");
        Arrivals peak = Arrivals.demandCurve(0, 1, 0.5, 3, 1, 1);
        assertEquals(0.5, peak.cumulativeShare(0.5), 1e-15, "area 1 of 2");
        assertEquals(0.25 * (1 + 2) / 2 / 2, peak.cumulativeShare(0.25), 1e-15);
        assertEquals(0, peak.cumulativeShare(-1));
        assertEquals(1, peak.cumulativeShare(2));
        RateCurve curve = ((Arrivals.DemandCurve) peak).rateCurve();
        for (double share : new double[] {0, 0.1, 0.25, 0.5, 0.9, 1}) {
            assertEquals(share, curve.share(curve.fractionAt(share, 0)), 1e-14);
        }
        RateCurve flat = RateCurve.FLAT;
        assertEquals(0.3, flat.fractionAt(0.3, 0), 1e-16);
    }

    @Test
    void badCurvesAreRefusedWithTheirNameAndValue() {
        refused("knots: must start at fraction 0 and end at fraction 1, was 0.1 to 1",
                () -> Arrivals.demandCurve(0.1, 1, 1, 1));
        refused("knots[2].windowFraction: must be > 0.5, was 0.5", () -> Arrivals.demandCurve(0, 1, 0.5, 1, 0.5, 2, 1, 1));
        refused("knots: the rate must be > 0 somewhere, was 0 everywhere", () -> Arrivals.demandCurve(0, 0, 1, 0));
        refused("relativeRate: must be >= 0, was -1", () -> Arrivals.demandCurve(0, -1, 1, 1));
        refused("fractionRatePairs: must come in (fraction, rate) pairs, was 3 numbers", () -> Arrivals.demandCurve(0, 1, 1));
        refused("knots: must be at least two, from fraction 0 to 1, was 1", () -> Arrivals.demandCurve(0, 1));
    }

    private static void refused(String message, Executable executable) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
