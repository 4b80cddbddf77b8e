package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PassAtKTest {

    // Published values: Chen et al. 2021 estimator, arXiv 2107.03374, Eq. 1.
    @Test
    void matchesPublishedValues() {
        assertEquals(0.2, PassAtK.estimate(10, 2, 1), 1e-12);
        assertEquals(0.777778, PassAtK.estimate(10, 2, 5), 1e-6);
        assertEquals(0.1, PassAtK.estimate(100, 1, 10), 1e-12);
        assertEquals(0.409576, PassAtK.estimate(10000, 5, 1000), 1e-6);
        assertEquals(0, PassAtK.estimate(5, 0, 1), 0);
        assertEquals(1, PassAtK.estimate(5, 5, 1), 0);
    }

    @Test
    void isOneWhenFewerWrongSamplesThanK() {
        assertEquals(1, PassAtK.estimate(10, 8, 3), 0);
    }

    @Test
    void refusesImpossibleArguments() {
        assertEquals("k: must be in [1, 10], was 0",
                assertThrows(IllegalArgumentException.class, () -> PassAtK.estimate(10, 2, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PassAtK.estimate(10, 11, 1));
        assertThrows(IllegalArgumentException.class, () -> PassAtK.estimate(0, 0, 1));
    }
}
