package io.flopsplit.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.flopsplit.ReRunHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The step difficulties of beam search: whatever the shares, the spread difficulty h and p, the
 * steps' successes multiply to p (one independent sample still succeeds with p), and a problem
 * harder than e^−h puts all of its difficulty beyond h on the bottleneck step, so no other step is
 * harder than its share of h.
 */
@ExtendWith(ReRunHint.class)
class BeamChainProperties {

    private static final BeamChain[] CHAINS = {chain(0.5), chain(3.454), chain(1e6)};

    private static BeamChain chain(double spread) {
        return new BeamChain(8, 4, 2.3, 0.74, 1.29, spread, VerifierPreset.SNELL_PRM.verifier(1), 10);
    }

    @Test
    void stepSuccessesMultiplyToTheProblemsPassAt1() {
        qt().forAll(doubles().between(0.001, 1), doubles().between(0.001, 1), doubles().between(0.001, 1),
                doubles().between(-40, 0)).checkAssert((a, b, c, logP) -> {
                    double sum = a + b + c;
                    double[] shares = {a / sum, b / sum, c / sum};
                    for (BeamChain chain : CHAINS) {
                        double total = 0;
                        for (int s = 0; s < shares.length; s++) {
                            double step = chain.stepLogSuccess(shares[s], logP, s == 1);
                            assertTrue(step <= 0 && Double.isFinite(step), "log p_s " + step);
                            total += step;
                        }
                        assertEquals(logP, total, 1e-9 * Math.max(1, -logP));
                    }
                });
    }

    @Test
    void onlyTheBottleneckCarriesTheDifficultyBeyondH() {
        BeamChain chain = CHAINS[1];
        qt().forAll(doubles().between(0.001, 1), doubles().between(-40, -3.454)).checkAssert((share, logP) -> {
            assertEquals(-share * 3.454, chain.stepLogSuccess(share, logP, false), 1e-12);
            assertEquals(-share * 3.454 + logP + 3.454, chain.stepLogSuccess(share, logP, true), 1e-9);
        });
    }
}
