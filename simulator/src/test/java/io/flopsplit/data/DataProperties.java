package io.flopsplit.data;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.flopsplit.ReRunHint;
import io.flopsplit.laws.LawProfile;
import io.flopsplit.laws.LawProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The selection model over its whole range: finite everywhere, effective data bounded by both the
 * quality-weighted tokens trained and the saturation of the repeated pool, and the loss never below
 * the law's irreducible loss.
 */
@ExtendWith(ReRunHint.class)
class DataProperties {

    @Test
    void effectiveDataAndLossStayFiniteAndBounded() {
        qt().forAll(doubles().between(0, 14), doubles().between(0.001, 1), doubles().between(0, 3),
                        doubles().between(0, 16).zip(doubles().between(4, 13), doubles().between(-1, 3),
                                (t, n, k) -> new double[] {t, n, k}))
                .checkAssert((poolExponent, kept, signal, exponents) -> {
                    double tokensExponent = exponents[0];
                    double paramsExponent = exponents[1];
                    double kappa = exponents[2];
                    DataPool pool = DataPool.ofUnique(Math.pow(10, poolExponent + 3));
                    DataSelection selection = new DataSelection(pool, ProxyScorer.gradient(1e8), kept,
                            new QualityMultiplier(signal, 0.109), kappa);
                    TrainingData data = selection.trainingData(Math.pow(10, paramsExponent));
                    double tokens = Math.pow(10, tokensExponent);
                    double effective = data.effectiveTokens(tokens);
                    double m = data.qualityMultiplier();
                    double halfLife = data.decay(TrainingData.DECAY).tokensHalfLife();
                    assertTrue(Double.isFinite(effective) && effective > 0, () -> "effective " + effective);
                    assertTrue(effective <= m * tokens * (1 + 1e-12), "no more than m·D");
                    assertTrue(effective <= m * data.uniqueTokens() * (1 + halfLife) * (1 + 1e-12),
                            "no more than the saturated pool");
                    assertTrue(Double.isFinite(selection.selectionFlops()));
                    for (LawProfile profile : LawProfiles.all()) {
                        double loss = data.loss(profile.law(), Math.pow(10, paramsExponent), tokens);
                        assertTrue(Double.isFinite(loss) && loss >= profile.law().irreducibleLoss(),
                                () -> profile.id() + " loss " + loss);
                    }
                });
    }

    /**
     * The noisy-proxy multiplier's identities over its whole range (kept fractions 1e-9 to 1, size
     * ratios 1e-3 to 1e30, signals 0 to 3): finite, m(1) = 1, 1 ≤ m ≤ 1/f, never rising with the
     * size ratio, and back to 1 when the selector is infinitely far behind.
     */
    @Test
    void theMultiplierKeepsItsIdentitiesEverywhere() {
        qt().forAll(doubles().between(-9, 0), doubles().between(-3, 30), doubles().between(0, 3),
                        doubles().between(0, 1))
                .checkAssert((fractionExponent, ratioExponent, signal, decay) -> {
                    QualityMultiplier quality = new QualityMultiplier(signal, decay);
                    double f = Math.pow(10, fractionExponent);
                    double r = Math.pow(10, ratioExponent);
                    double m = quality.multiplier(f, r);
                    assertTrue(Double.isFinite(m) && m >= 1 && m <= 1 / f, () -> "m = " + m);
                    assertTrue(quality.multiplier(f, r * 10) <= m, "m never rises with the size ratio");
                    assertTrue(quality.multiplier(1, r) == 1, "keeping everything keeps the pool's worth");
                    assertTrue(QualityMultiplier.multiplierAtSignal(f, 0) < 1 + 1e-6, "no signal, no gain");
                    if (decay > 0.05) {
                        assertTrue(quality.multiplier(f, Double.MAX_VALUE) < 1 + 1e-6 / f, "m -> 1 as r -> infinity");
                    }
                });
    }
}
