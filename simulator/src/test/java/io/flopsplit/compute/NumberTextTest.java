package io.flopsplit.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void exactKeepsEveryDigitInTheShortestForm() {
        assertEquals("1e24", NumberText.exact(1e24));
        assertEquals("4.1297e10", NumberText.exact(4.1297e10));
        assertEquals("0.25", NumberText.exact(0.25));
        assertEquals("-1", NumberText.exact(-1));
        assertEquals("0", NumberText.exact(0));
        assertEquals("1.911195419914262", NumberText.exact(1.911195419914262));
        assertEquals("NaN", NumberText.exact(Double.NaN));
        assertEquals("-1e23", NumberText.exact(-1e23));
        assertEquals("2e23", NumberText.exact(2e23));
        assertEquals("1.2345678e7", NumberText.exact(12345678));
        assertEquals("5e-324", NumberText.exact(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e308", NumberText.exact(Double.MAX_VALUE));
        assertEquals(1.911195419914262, Double.parseDouble(NumberText.exact(1.911195419914262)), 0);
    }

    @Test
    void significantRoundsForTheEye() {
        assertEquals("4.1297e10", NumberText.significant(4.129670241941513e10, 5));
        assertEquals("1.9112", NumberText.significant(1.911195419914262, 5));
        assertEquals("20", NumberText.significant(20.0000001, 5));
        assertEquals("1e24", NumberText.significant(1e24, 5));
        assertEquals("0.0012346", NumberText.significant(0.00123456, 5));
        assertEquals("1.2346e-4", NumberText.significant(0.000123456, 5));
        assertEquals("-3.5e7", NumberText.significant(-3.5e7, 5));
        assertEquals("1234567", NumberText.significant(1234567, 7));
        assertEquals("0", NumberText.significant(0, 5));
    }
}
