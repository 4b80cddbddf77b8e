package io.flopsplit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RepetitionDecayTest {

    private static final RepetitionDecay DECAY = RepetitionDecay.MUENNIGHOFF_2023;

    /**
     * Muennighoff et al. 2023 (arXiv 2305.16264), Eq. 5 with R_D* = 15.387756: effective data D'/U
     * after E epochs (R_D = E − 1).
     */
    @ParameterizedTest(name = "{0} epochs are worth {1}")
    @CsvSource({"1, 1.0000", "2, 1.9682", "4, 3.7257", "8, 6.6241", "16, 10.5825", "40, 15.1675"})
    void effectiveEpochs(double epochs, double worth) {
        double unique = 1e9;
        assertEquals(worth, DECAY.effectiveTokens(epochs * unique, unique) / unique, 5e-4);
    }

    @Test
    void infinitelyManyEpochsAreWorthOnePlusRStar() {
        // Muennighoff et al. 2023: the limit is 1 + R_D* = 16.3878 epochs of fresh data.
        assertEquals(16.3878, DECAY.effectiveTokens(LossSurface.UNLIMITED, 1e9) / 1e9, 5e-5);
    }

    @Test
    void freshDataIsNotDecayed() {
        assertEquals(5e8, DECAY.effectiveTokens(5e8, 1e9), 0);
        assertEquals(1e9, DECAY.effectiveParams(1e9, 2e9), 0);
        assertTrue(DECAY.effectiveParams(4e9, 1e9) < 4e9);
    }
}
