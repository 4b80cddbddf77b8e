package io.flopsplit.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComputeConventionTest {

    /**
     * Hoffmann et al. 2022 (arXiv 2203.15556), Table 3, Approach 1 projections: parameters, FLOPs
     * and tokens of each row satisfy C = 6·N·D within 1.5%, except the 67B row whose 1.5T tokens
     * are rounded (within 5%).
     */
    @ParameterizedTest(name = "{0} params, {1} FLOPs, {2} tokens")
    @CsvSource({
        "400e6, 1.92e19, 8.0e9, 0.015",
        "1e9, 1.21e20, 20.2e9, 0.015",
        "10e9, 1.23e22, 205.1e9, 0.015",
        "67e9, 5.76e23, 1.5e12, 0.05",
        "175e9, 3.85e24, 3.7e12, 0.015",
        "280e9, 9.90e24, 5.9e12, 0.015",
        "520e9, 3.43e25, 11.0e12, 0.015",
        "1e12, 1.27e26, 21.2e12, 0.015",
        "10e12, 1.30e28, 216.2e12, 0.015",
    })
    void chinchillaTable3SatisfiesSixND(double params, double flops, double tokens, double tolerance) {
        double ratio = ComputeConvention.STANDARD.trainingFlops(params, tokens) / flops;
        assertTrue(Math.abs(ratio - 1) < tolerance, "6ND/C = " + ratio);
    }

    @Test
    void inferenceChargesTwoFlopsPerParamToken() {
        // Kaplan et al. 2020 (arXiv 2001.08361), Eq. 2.2: a forward pass costs 2N FLOPs per token.
        assertEquals(2 * 7e9 * 1000, ComputeConvention.STANDARD.inferenceFlops(7e9, 1000), 0);
    }

    @Test
    void paramTokensInvertTrainingFlops() {
        assertEquals(1e24 / 6, ComputeConvention.STANDARD.paramTokensFor(1e24), 0);
    }

    @Test
    void petaflopDayIsEightPointSixFourE19Flops() {
        // 1 PF-day = 1e15 FLOP/s × 86,400 s (Kaplan et al. 2020, §1.3).
        assertEquals(8.64e19, ComputeUnits.fromPetaflopDays(1), 0);
        assertEquals(2, ComputeUnits.toPetaflopDays(1.728e20), 1e-15);
    }

    @Test
    void coefficientsMustBePositive() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ComputeConvention(0, 2));
        assertEquals("trainingFlopsPerParamToken: must be > 0, was 0", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ComputeConvention(6, Double.NaN));
    }
}
