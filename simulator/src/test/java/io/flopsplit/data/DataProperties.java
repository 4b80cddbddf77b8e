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
                        doubles().between(0, 16).zip(doubles().between(4, 13), (t, n) -> new double[] {t, n}))
                .checkAssert((poolExponent, kept, gamma, exponents) -> {
                    double tokensExponent = exponents[0];
                    double paramsExponent = exponents[1];
                    DataPool pool = DataPool.ofUnique(Math.pow(10, poolExponent + 3));
                    DataSelection selection = new DataSelection(pool, ProxyScorer.gradient(1e8), kept,
                            new QualityMultiplier(gamma, 4));
                    TrainingData data = selection.trainingData();
                    double tokens = Math.pow(10, tokensExponent);
                    double effective = data.effectiveTokens(tokens);
                    double m = data.qualityMultiplier();
                    assertTrue(Double.isFinite(effective) && effective > 0, () -> "effective " + effective);
                    assertTrue(effective <= m * tokens * (1 + 1e-12), "no more than m·D");
                    assertTrue(effective <= m * data.uniqueTokens() * (1 + TrainingData.DECAY.tokensHalfLife()) * (1 + 1e-12),
                            "no more than the saturated pool");
                    assertTrue(Double.isFinite(selection.selectionFlops()));
                    for (LawProfile profile : LawProfiles.all()) {
                        double loss = data.loss(profile.law(), Math.pow(10, paramsExponent), tokens);
                        assertTrue(Double.isFinite(loss) && loss >= profile.law().irreducibleLoss(),
                                () -> profile.id() + " loss " + loss);
                    }
                });
    }
}
