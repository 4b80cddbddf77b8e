package io.flopsplit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChinchillaLawTest {

    private static LossLaw law(String id) {
        return LawProfiles.resolve(id).law();
    }

    @Test
    void chinchillaBeatsGopherAtTheSameCompute() {
        // Hoffmann et al. 2022 (arXiv 2203.15556), App. D.2 constants: Chinchilla (70B, 1.4T tokens)
        // reaches a lower loss than Gopher (280B, 300B tokens): 1.9366 < 1.9933.
        LossLaw chinchilla = law("chinchilla");
        assertEquals(1.9366, chinchilla.loss(70e9, 1.4e12), 5e-5);
        assertEquals(1.9933, chinchilla.loss(280e9, 300e9), 5e-5);
        assertTrue(chinchilla.loss(70e9, 1.4e12) < chinchilla.loss(280e9, 300e9));
    }

    @Test
    void chinchillaProfileValues() {
        // Hoffmann et al. 2022, App. D.2 (E=1.69, A=406.4, B=410.7, α=0.34, β=0.28):
        // L(175e9, 300e9) = 2.0023 (GPT-3 size and data); L(1e9, 20e9) = 2.5800.
        assertEquals(2.0023, law("chinchilla").loss(175e9, 300e9), 5e-5);
        assertEquals(2.5800, law("chinchilla").loss(1e9, 20e9), 5e-5);
    }

    @Test
    void sardanaConstantsMatchTheirCalculator() {
        // Sardana et al. 2024 (arXiv 2401.00448), the authors' code constants (α=0.336, β=0.283):
        // L(70e9, 1e12) = 1.94727; their calculator prints 1.947.
        assertEquals(1.94727, law("chinchilla-sardana").loss(70e9, 1e12), 5e-6);
    }

    @Test
    void epochReplicationValue() {
        // Besiroglu et al. 2024 (arXiv 2404.10102), refit: L(70e9, 1.4e12) = 1.9739.
        assertEquals(1.9739, law("epoch").loss(70e9, 1.4e12), 5e-5);
    }

    @Test
    void closedFormConstants() {
        // Hoffmann et al. 2022, Eq. 4 with the App. D.2 constants: G = 1.34471, a = 0.451613.
        ChinchillaLaw chinchilla = (ChinchillaLaw) law("chinchilla");
        assertEquals(1.34471, chinchilla.g(), 5e-6);
        assertEquals(0.451613, chinchilla.paramsExponent(), 5e-7);
        // Besiroglu et al. 2024: a = β/(α+β) = 0.51261 for the refit.
        assertEquals(0.51261, ((ChinchillaLaw) law("epoch")).paramsExponent(), 5e-6);
    }

    @Test
    void unroundedProfileUsesThePapersExponentials() {
        // Hoffmann et al. 2022 unrounded fit as used by Besiroglu et al.'s code: E = e^0.5267228 = 1.6934.
        ChinchillaLaw unrounded = (ChinchillaLaw) law("chinchilla-unrounded");
        assertEquals(1.6934, unrounded.e(), 5e-5);
        assertEquals(406.40, unrounded.a(), 5e-3);
        assertEquals(410.72, unrounded.b(), 5e-3);
    }

    @Test
    void limitsAreTheLawsTerms() {
        ChinchillaLaw chinchilla = (ChinchillaLaw) law("chinchilla");
        assertEquals(1.69 + 406.4 / Math.pow(1e9, 0.34), chinchilla.lossWithUnlimitedTokens(1e9), 1e-15);
        assertEquals(1.69, chinchilla.irreducibleLoss(), 0);
        assertEquals(chinchilla.lossWithUnlimitedTokens(1e9), chinchilla.loss(1e9, LossSurface.UNLIMITED), 1e-15);
    }

    @Test
    void constantsAreValidated() {
        assertEquals("A: must be > 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> new ChinchillaLaw(1.69, -1, 410.7, 0.34, 0.28))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChinchillaLaw(Double.NaN, 406.4, 410.7, 0.34, 0.28));
        assertThrows(IllegalArgumentException.class, () -> law("chinchilla").loss(0, 1e9));
        assertThrows(IllegalArgumentException.class, () -> law("chinchilla").loss(1e9, -5));
    }

    @Test
    void validSaysExactlyWhatTheConstructorAccepts() {
        double[][] cases = {{1.69, 406.4, 410.7, 0.34, 0.28}, {0, 1, 1, 1e-3, 10}, {-1e-9, 406.4, 410.7, 0.34, 0.28},
            {1.69, 0, 410.7, 0.34, 0.28}, {1.69, 406.4, -3, 0.34, 0.28}, {1.69, 406.4, 410.7, 9.9e-4, 0.28},
            {1.69, 406.4, 410.7, 0.34, 10.01}, {Double.NaN, 406.4, 410.7, 0.34, 0.28},
            {1.69, Double.POSITIVE_INFINITY, 410.7, 0.34, 0.28}, {Double.POSITIVE_INFINITY, 1, 1, 0.3, 0.3}};
        for (double[] c : cases) {
            boolean constructed;
            try {
                new ChinchillaLaw(c[0], c[1], c[2], c[3], c[4]);
                constructed = true;
            } catch (IllegalArgumentException e) {
                constructed = false;
            }
            assertEquals(constructed, ChinchillaLaw.valid(c[0], c[1], c[2], c[3], c[4]), java.util.Arrays.toString(c));
        }
    }
}
