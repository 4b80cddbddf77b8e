package io.flopsplit.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void acceptedValuesAreReturned() {
        assertEquals(3.0, Checks.positive("x", 3));
        assertEquals(0.0, Checks.nonNegative("x", 0));
        assertEquals(1.0, Checks.probability("p", 1));
    }

    @Test
    void failuresNameTheParameterAndTheValue() {
        assertEquals("budget.total: must be > 0, was -1e23",
                assertThrows(IllegalArgumentException.class, () -> Checks.positive("budget.total", -1e23)).getMessage());
        assertEquals("x: must be a finite number, was Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> Checks.positive("x", Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("p: must be in [0, 1], was 1.5",
                assertThrows(IllegalArgumentException.class, () -> Checks.probability("p", 1.5)).getMessage());
        assertEquals("x: must be >= 0, was -0.5",
                assertThrows(IllegalArgumentException.class, () -> Checks.nonNegative("x", -0.5)).getMessage());
        assertEquals("law: must be given",
                assertThrows(IllegalArgumentException.class, () -> Checks.present("law", null)).getMessage());
    }
}
