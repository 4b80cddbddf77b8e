package io.flopsplit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KaplanLawTest {

    private final KaplanLaw kaplan = (KaplanLaw) LawProfiles.resolve("kaplan").law();

    @Test
    void singleVariableFits() {
        // Kaplan et al. 2020 (arXiv 2001.08361), Eq. 1.1: L(N) = (8.8e13/N)^0.076.
        assertEquals(2.01372, KaplanSingleVariableFits.lossForParams(8.8e9), 5e-6);
        assertEquals(2.37564, KaplanSingleVariableFits.lossForParams(1e9), 5e-6);
        // Eq. 1.2: L(D) = (5.4e13/D)^0.095.
        assertEquals(1.24451, KaplanSingleVariableFits.lossForTokens(5.4e12), 5e-6);
    }

    @Test
    void jointLawMatchesItsFormula() {
        // Kaplan et al. 2020, Eq. 1.5 with α_N = 0.076, α_D = 0.103, N_c = 6.4e13, D_c = 1.8e13.
        double expected = Math.pow(Math.pow(6.4e13 / 1e9, 0.076 / 0.103) + 1.8e13 / 2e10, 0.103);
        assertEquals(expected, kaplan.loss(1e9, 2e10), 1e-15);
    }

    @Test
    void overflowIsAnErrorNotInfinity() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> kaplan.loss(1e-300, 1e10));
        assertTrue(error.getMessage().startsWith("params: 1e-300 parameters"),
                error.getMessage());
    }

    @Test
    void unlimitedDataLeavesTheModelTerm() {
        // With D → ∞ the joint law reduces to (N_c/N)^α_N: exactly 1 at N = N_c.
        assertEquals(1.0, kaplan.lossWithUnlimitedTokens(6.4e13), 1e-15);
        assertEquals(0.0, kaplan.irreducibleLoss(), 0);
        assertEquals(kaplan.lossWithUnlimitedTokens(1e9), kaplan.loss(1e9, LossSurface.UNLIMITED), 1e-12);
    }
}
