package io.flopsplit.laws;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.flopsplit.ReRunHint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/** Invariants every published law must keep, over the whole range of model and data sizes. */
@ExtendWith(ReRunHint.class)
class LawProperties {

    private static final List<LawProfile> PROFILES = LawProfiles.all();

    /** A log-uniform quantity between 10^low and 10^high. */
    static Gen<Double> logUniform(double low, double high) {
        return doubles().between(low, high).map(exponent -> Math.pow(10, exponent));
    }

    private static Gen<LossLaw> laws() {
        return integers().between(0, PROFILES.size() - 1).map(i -> PROFILES.get(i).law());
    }

    @Test
    void lossStrictlyDecreasesInParamsAndInTokens() {
        qt().forAll(laws(), logUniform(6, 13), logUniform(8, 15), doubles().between(1.01, 100))
                .check((law, params, tokens, factor) ->
                        law.loss(params * factor, tokens) < law.loss(params, tokens)
                                && law.loss(params, tokens * factor) < law.loss(params, tokens));
    }

    @Test
    void lossIsFiniteAndAboveItsFloor() {
        qt().forAll(laws(), logUniform(0, 16), logUniform(0, 18))
                .check((law, params, tokens) -> {
                    double loss = law.loss(params, tokens);
                    return Double.isFinite(loss) && loss > law.irreducibleLoss()
                            && loss > law.lossWithUnlimitedTokens(params);
                });
    }

    @Test
    void effectiveDataNeverExceedsDataAndTendsToOnePlusRStar() {
        RepetitionDecay decay = RepetitionDecay.MUENNIGHOFF_2023;
        double limit = 1 + decay.tokensHalfLife();
        qt().forAll(logUniform(3, 13), doubles().between(0, 9))
                .check((unique, logEpochs) -> {
                    double tokens = unique * Math.pow(10, logEpochs);
                    double effective = decay.effectiveTokens(tokens, unique);
                    double more = decay.effectiveTokens(tokens * 2, unique);
                    return effective <= tokens && effective / unique <= limit * (1 + 1e-12) && more >= effective;
                });
        qt().forAll(logUniform(3, 13))
                .check(unique -> Math.abs(decay.effectiveTokens(unique * 1e9, unique) / unique - limit) < 1e-9);
    }

    @Test
    void repetitionNeverHelps() {
        qt().forAll(laws(), logUniform(7, 12), logUniform(9, 14), doubles().between(0.01, 1))
                .check((law, params, tokens, uniqueShare) ->
                        law.loss(params, tokens, tokens * uniqueShare) >= law.loss(params, tokens));
    }
}
