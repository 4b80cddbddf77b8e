package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.calibration.Tolerance.Direction;
import org.junit.jupiter.api.Test;

/** Each kind of tolerance accepts its band, edges included where it says so, and nothing outside. */
class ToleranceTest {

    @Test
    void absoluteAndRelativeBands() {
        Tolerance absolute = new Tolerance.Absolute(0.829, 0.003);
        assertTrue(absolute.accepts(0.8262) && absolute.accepts(0.8318));
        assertFalse(absolute.accepts(0.8255) || absolute.accepts(0.8325));
        assertEquals("± 0.003", absolute.describe());
        assertEquals("0.829", absolute.publishedText());
        Tolerance relative = new Tolerance.Relative(3.7257, 1e-4);
        assertTrue(relative.accepts(3.7259) && !relative.accepts(3.7262));
        assertEquals("± 0.01% (relative)", relative.describe());
    }

    @Test
    void factorAndBand() {
        Tolerance factor = new Tolerance.Factor(5, 2);
        assertTrue(factor.accepts(2.5) && factor.accepts(10) && factor.accepts(3.38));
        assertFalse(factor.accepts(2.49) || factor.accepts(10.01));
        assertEquals("×/÷ 2 (2.5 to 10)", factor.describe());
        Tolerance band = new Tolerance.Band(1.45, 1.25, 1.55);
        assertTrue(band.accepts(1.25) && band.accepts(1.55) && !band.accepts(1.56) && !band.accepts(1.2));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance.Band(1.6, 1.25, 1.55));
        assertThrows(IllegalArgumentException.class, () -> new Tolerance.Factor(5, 0.5));
    }

    @Test
    void directionsAreStrictAndSaySo() {
        Direction above = Direction.above(1, "ratio > 1");
        assertTrue(above.accepts(1.0001) && !above.accepts(1) && !above.accepts(0.5));
        assertTrue(above.published().isEmpty());
        assertEquals("ratio > 1", above.publishedText());
        assertEquals("direction only: > 1", above.describe());
        Direction below = Direction.below(1, "ratio < 1");
        assertTrue(below.accepts(0.83) && !below.accepts(1));
        assertEquals("direction only: < 1", below.describe());
        Direction between = new Direction("a crossover", 1e21, 1e26);
        assertTrue(between.accepts(1.5e23) && !between.accepts(1e27));
        assertEquals("direction only: in (1e21, 1e26)", between.describe());
        assertThrows(IllegalArgumentException.class, () -> new Direction("x", 2, 1));
    }
}
