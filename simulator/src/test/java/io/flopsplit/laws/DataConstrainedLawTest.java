package io.flopsplit.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataConstrainedLawTest {

    private final DataConstrainedLaw muennighoff = (DataConstrainedLaw) LawProfiles.resolve("muennighoff").law();

    @Test
    void constantsAreTheAuthorsFit() {
        // Muennighoff et al. 2023 (arXiv 2305.16264), the authors' repository:
        // A = e^6.255414, B = e^7.3049974, E = e^0.6254804, α = β = 0.3526596.
        assertEquals(Math.exp(0.6254804), muennighoff.base().e(), 0);
        assertEquals(Math.exp(6.255414), muennighoff.base().a(), 0);
        assertEquals(Math.exp(7.3049974), muennighoff.base().b(), 0);
        assertEquals(0.3526596, muennighoff.base().alpha(), 0);
    }

    @Test
    void withAmpleUniqueDataItIsTheChinchillaForm() {
        double params = 1e9;
        double tokens = 20e9;
        assertEquals(muennighoff.base().loss(params, tokens), muennighoff.loss(params, tokens), 0);
        assertEquals(muennighoff.loss(params, tokens), muennighoff.loss(params, tokens, 1e12), 0);
    }

    @Test
    void repeatedDataIsWorthLessThanFreshData() {
        double params = 1e9;
        double tokens = 80e9;
        double fresh = muennighoff.loss(params, tokens);
        double fourEpochs = muennighoff.loss(params, tokens, tokens / 4);
        assertTrue(fourEpochs > fresh, fourEpochs + " vs " + fresh);
        // Four epochs are worth ≈3.73 epochs of fresh data (Muennighoff et al. 2023, Eq. 5).
        double worth = RepetitionDecay.MUENNIGHOFF_2023.effectiveTokens(tokens, tokens / 4);
        assertEquals(muennighoff.base().loss(params, worth), fourEpochs, 1e-12);
    }

    @Test
    void excessParametersDecay() {
        // The compute-optimal size for U tokens: N = G·(G·U)^(β/α); larger models are decayed.
        double unique = 1e9;
        double usable = muennighoff.base().computeOptimalParamsForTokens(unique);
        double big = 10 * usable;
        double effective = RepetitionDecay.MUENNIGHOFF_2023.effectiveParams(big, usable);
        double worth = RepetitionDecay.MUENNIGHOFF_2023.effectiveTokens(4e9, unique);
        assertEquals(muennighoff.base().loss(effective, worth), muennighoff.loss(big, 4e9, unique), 1e-12);
        assertTrue(muennighoff.loss(big, 4e9, 1e9) > muennighoff.base().loss(big, 4e9));
    }

    @Test
    void otherLawsGetTheDataDecayOnTop() {
        LossLaw chinchilla = LawProfiles.resolve("chinchilla").law();
        double worth = RepetitionDecay.MUENNIGHOFF_2023.effectiveTokens(4e10, 1e10);
        assertEquals(chinchilla.loss(1e9, worth), chinchilla.loss(1e9, 4e10, 1e10), 0);
    }
}
