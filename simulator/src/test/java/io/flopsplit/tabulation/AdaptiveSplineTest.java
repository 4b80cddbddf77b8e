package io.flopsplit.tabulation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A spline is made only of finite values: a NaN or an infinity anywhere leaves the function untabulated. */
class AdaptiveSplineTest {

    @Test
    void aSmoothFunctionIsTabulated() {
        assertTrue(AdaptiveSpline.fit(x -> 1 / (1 + Math.exp(-x)), -8, 8, 1, 1e-6).tabulated());
    }

    @Test
    void aNaNAtAMidpointOrAKnotIsNeverSplinedOver() {
        assertFalse(AdaptiveSpline.fit(x -> x == 0.5 ? Double.NaN : x, -2, 2, 1, 1e-6).tabulated(), "a midpoint");
        assertFalse(AdaptiveSpline.fit(x -> x == 1 ? Double.NaN : x, -2, 2, 1, 1e-6).tabulated(), "a knot");
        assertFalse(AdaptiveSpline.fit(x -> x > 1.9 ? Double.POSITIVE_INFINITY : x, -2, 2, 1, 1e-6).tabulated(),
                "an infinity");
    }
}
