package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Revisions are judged by {@code revisionVerifier} (Snell et al. 2024's ORM trained on the revision
 * model's outputs by default), the other verifier-based strategies by {@code verifier}; the custom
 * constants belong to whichever selector is {@code custom}, and set while neither is, they are an
 * error naming the key and the selector.
 */
class VerifierSelectorsTest {

    private static final double PARAMS = 8e9;
    private static final StrategyParameters DEFAULTS = StrategyParameters.defaults();

    private static Verifier revisionsVerifier(StrategyParameters parameters) {
        return ((Revisions) Strategies.create(Revisions.ID, parameters, PARAMS)).verifier();
    }

    private static Verifier weightedVerifier(StrategyParameters parameters) {
        return ((WeightedBestOfK) Strategies.create(WeightedBestOfK.ID, parameters, PARAMS)).verifier();
    }

    @Test
    void byDefaultRevisionsUseTheRevisionOrmAndSamplesThePrm() {
        assertEquals(VerifierPreset.SNELL_REVISION_ORM.verifier(PARAMS).withoutExploits(), revisionsVerifier(DEFAULTS));
        assertEquals(VerifierPreset.SNELL_PRM.verifier(PARAMS), weightedVerifier(DEFAULTS));
        StrategyParameters prm = DEFAULTS.with(VerifierKeys.REVISION_PRESET, VerifierPreset.SNELL_PRM.id());
        assertEquals(VerifierPreset.SNELL_PRM.verifier(PARAMS).withoutExploits(), revisionsVerifier(prm));
    }

    @Test
    void theCustomConstantsBelongToTheCustomSelector() {
        StrategyParameters customSamples = DEFAULTS.with(VerifierKeys.PRESET, VerifierPreset.CUSTOM)
                .with(VerifierKeys.SEPARATION, 3.0);
        assertEquals(3.0, weightedVerifier(customSamples).separationEasy());
        assertEquals(VerifierPreset.SNELL_REVISION_ORM.verifier(PARAMS).withoutExploits(),
                revisionsVerifier(customSamples));
        StrategyParameters customRevisions = DEFAULTS.with(VerifierKeys.REVISION_PRESET, VerifierPreset.CUSTOM)
                .with(VerifierKeys.SEPARATION, 3.0);
        assertEquals(3.0, revisionsVerifier(customRevisions).separationEasy());
        assertEquals(0, revisionsVerifier(customRevisions).exploitRate());
        assertEquals(VerifierPreset.SNELL_PRM.verifier(PARAMS), weightedVerifier(customRevisions));
    }

    @Test
    void aCustomConstantWithoutACustomSelectorIsAnError() {
        StrategyParameters stray = DEFAULTS.with(VerifierKeys.SEPARATION, 3.0);
        var revisions = assertThrows(IllegalArgumentException.class, () -> revisionsVerifier(stray));
        assertEquals("verifierSeparation (--verifier-separation): is read only with revisionVerifier: custom; the"
                + " preset snell-revision-orm fixes it (set revisionVerifier to custom to use it)",
                revisions.getMessage());
        var samples = assertThrows(IllegalArgumentException.class, () -> weightedVerifier(stray));
        assertEquals("verifierSeparation (--verifier-separation): is read only with verifier: custom; the preset"
                + " snell-prm fixes it (set verifier to custom to use it)", samples.getMessage());
    }
}
