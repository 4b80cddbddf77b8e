package io.flopsplit.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecadeTicksTest {

    @Test
    void powersOfTenReadAsTenToTheirExponent() {
        assertEquals("10²⁰", DecadeTicks.label(1e20));
        assertEquals("10³⁰", DecadeTicks.label(1e30));
        assertEquals("10¹⁵", DecadeTicks.label(1e15));
        assertEquals("10⁰", DecadeTicks.label(1));
        assertEquals("10⁻³", DecadeTicks.label(1e-3));
        // What XChart's tick arithmetic hands over for 1e23 (its step sums are not exact).
        assertEquals("10²³", DecadeTicks.label(9.999999999999999e22));
        for (String label : new String[] {"10²⁰", "10⁻³", "10⁰"}) {
            assertTrue(DecadeTicks.isDecadeLabel(label), label);
        }
    }

    @Test
    void otherValuesAreNotDressedUpAsDecades() {
        assertEquals("2e20", DecadeTicks.label(2e20));
        assertFalse(DecadeTicks.isDecadeLabel(DecadeTicks.label(2e20)));
        assertFalse(DecadeTicks.isDecadeLabel("1e20"));
        assertFalse(DecadeTicks.isDecadeLabel("20"));
    }

    @Test
    void rangesWidenToWholeDecades() {
        assertArrayEquals(new double[] {1e20, 1e21}, DecadeTicks.range(2e20, 8e20));
        assertArrayEquals(new double[] {1e15, 1e30}, DecadeTicks.range(1e15, 1e30));
        assertArrayEquals(new double[] {1e19, 1e21}, DecadeTicks.range(1e20, 1e20));
        assertArrayEquals(new double[] {1e23, 1e24}, DecadeTicks.range(9.999999999999999e22, 1.5e23));
        assertArrayEquals(new double[] {1e22, 1e24}, DecadeTicks.range(1e23, 1e23));
    }
}
