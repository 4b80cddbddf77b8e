package io.flopsplit.fit;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.flopsplit.ReRunHint;
import io.flopsplit.laws.ChinchillaLaw;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;

/**
 * Invariants of the fit's parametrisation and objective over plausible laws, sizes and token
 * counts, and exact recovery of noise-free runs.
 */
@ExtendWith(ReRunHint.class)
class FitProperties {

    /** Constants around the published fits (Hoffmann et al. 2022; Besiroglu et al. 2024), widened. */
    private static Gen<ChinchillaLaw> laws() {
        return doubles().between(0.5, 3).zip(doubles().between(1, 4), doubles().between(1, 4),
                doubles().between(0.15, 0.7), doubles().between(0.15, 0.7),
                (e, logA, logB, alpha, beta) -> new ChinchillaLaw(e, Math.pow(10, logA), Math.pow(10, logB), alpha, beta));
    }

    @Test
    void theLogSumExpFormIsTheLogOfTheLaw() {
        qt().forAll(laws(), doubles().between(6, 13), doubles().between(6, 15)).check((law, logN, logD) -> {
            double params = Math.pow(10, logN);
            double tokens = Math.pow(10, logD);
            double lse = LogConstants.of(law).logLoss(Math.log(params), Math.log(tokens));
            return Math.abs(lse - Math.log(law.loss(params, tokens))) <= 1e-13 * Math.max(1, Math.abs(lse));
        });
    }

    @Test
    void theConstantsRoundTripThroughTheLogParametrisation() {
        qt().forAll(laws()).check(law -> {
            ChinchillaLaw back = LogConstants.of(law).law();
            return Math.abs(back.e() / law.e() - 1) < 1e-14 && Math.abs(back.a() / law.a() - 1) < 1e-14
                    && Math.abs(back.b() / law.b() - 1) < 1e-14 && back.alpha() == law.alpha() && back.beta() == law.beta();
        });
    }

    @Test
    void theObjectiveIsZeroAtTheTruthOfNoiseFreeRunsAndPositiveElsewhere() {
        qt().withExamples(100).forAll(laws(), doubles().between(-0.05, 0.05)).check((law, shift) -> {
            List<Run> runs = SyntheticRuns.sweep(law, 4, 3, 0, 0);
            HuberObjective objective = new HuberObjective(runs, FitSettings.DEFAULT_DELTA);
            LogConstants truth = LogConstants.of(law);
            LogConstants moved = new LogConstants(truth.a(), truth.b(), truth.e(), truth.alpha() + shift, truth.beta());
            return objective.value(truth) < 1e-25 && (shift == 0 || objective.value(moved) > 0);
        });
    }

    @Test
    void noiseFreeRunsAreRefittedExactly() {
        StartGrid few = new StartGrid(List.of(0.0, 10.0), List.of(0.0, 10.0), List.of(0.0), List.of(0.5), List.of(0.5));
        qt().withExamples(25).forAll(laws()).check(law -> {
            HuberObjective objective = new HuberObjective(SyntheticRuns.sweep(law, 6, 5, 0, 0), FitSettings.DEFAULT_DELTA);
            Optional<HuberFit.Optimum> best = HuberFit.lowest(few.starts().stream()
                    .map(start -> HuberFit.from(objective, start)).toList());
            if (best.isEmpty()) {
                return false;
            }
            ChinchillaLaw fitted = best.get().constants().law();
            return close(fitted.e(), law.e()) && close(fitted.a(), law.a()) && close(fitted.b(), law.b())
                    && close(fitted.alpha(), law.alpha()) && close(fitted.beta(), law.beta());
        });
    }

    private static boolean close(double fitted, double truth) {
        return Math.abs(fitted / truth - 1) < 1e-6;
    }
}
