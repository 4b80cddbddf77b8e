package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.data.SelectionMethod;
import io.flopsplit.data.SelectionOptions;
import org.junit.jupiter.api.Test;

/**
 * Re-runs the fits behind the data-selection constants and checks that the shipped defaults are
 * their results (to the three decimals shipped), with the residuals.
 *
 * <p>Targets: Ankner et al. 2024 (arXiv 2405.20541, abstract) up to 1.45× fewer steps with a 125M
 * perplexity selector for a 3B model, keeping half the pool; Yin &amp; Rush 2024 (arXiv 2410.16208,
 * abstract) break-even trained:selector ratios 5× (perplexity) and 10× (gradient); DataDecide
 * (Magnusson et al. 2025, arXiv 2504.11393, abstract) ~80% of rankings agree between 150M and 1B;
 * Goyal et al. 2024 (arXiv 2404.07177) released constants {@code tmars_imagenet1k_utility}.
 */
class SelectionFitTest {

    @Test
    void theShippedSignalsAndDecayAreTheFit() {
        SelectionFit.Result fit = SelectionFit.fit();
        assertEquals(SelectionMethod.PERPLEXITY.signal(), fit.perplexitySignal(), 5e-4);
        assertEquals(SelectionMethod.GRADIENT.signal(), fit.gradientSignal(), 5e-4);
        assertEquals(SelectionOptions.SIGNAL_DECAY.defaultValue(), fit.signalDecay(), 5e-4);
        double[] residuals = fit.residuals();
        // Ankner: model m = 1.373 against 1.45 (ln-residual sd 0.10).
        assertEquals(-0.54, residuals[0], 0.01);
        // Yin & Rush perplexity: model break-even 3.38x against 5x (sd ln 2).
        assertEquals(-0.56, residuals[1], 0.01);
        // Yin & Rush gradient: the only constraint on the gradient signal, met exactly.
        assertEquals(0, residuals[2], 1e-4);
        // DataDecide: rho ratio 0.813 against 0.809 (sd 0.05).
        assertEquals(0.09, residuals[3], 0.01);
        assertEquals(0.62, fit.chiSquare(), 0.01);
    }

    @Test
    void theFitMeetsEachTargetAsTheCalibrationRowsSay() {
        var perplexity = SelectionOptions.defaults(SelectionMethod.PERPLEXITY);
        var gradient = SelectionOptions.defaults(SelectionMethod.GRADIENT);
        assertEquals(3.38, SelectionFit.breakEvenRatio(perplexity.quality(), 2).orElseThrow(), 0.01);
        assertEquals(10.0, SelectionFit.breakEvenRatio(gradient.quality(), 6).orElseThrow(), 0.01);
        assertEquals(1.373, perplexity.quality().multiplier(0.5, 24), 0.001);
        assertEquals(0.809017, SelectionFit.dataDecideCorrelation(), 1e-6);
        // Without any signal selection never pays: no break-even up to 1e4.
        assertTrue(SelectionFit.breakEvenRatio(new io.flopsplit.data.QualityMultiplier(0, 0), 2).isEmpty());
    }

    /** Goyal et al.'s own law, re-implemented, puts the crossover where the calibration row says. */
    @Test
    void goyalLawAndTheFittedRepetitionQualityExponent() {
        double passes = GoyalFiltering.overtakenPasses();
        assertEquals(GoyalFiltering.TOP10_OVERTAKEN_PASSES, passes, 5e-4);
        assertEquals(1.0054e8, passes * GoyalFiltering.BUCKET_SAMPLES, 1e4);
        assertEquals(SelectionOptions.REPETITION_QUALITY_EXPONENT.defaultValue(), GoyalFiltering.fitKappa(passes), 5e-4);
        // One repetition constant for every pool (kappa = 0) has the top-10% pool overtaken sooner.
        assertEquals(6.23, GoyalFiltering.modelOvertakenPasses(0), 0.01);
        // The buckets' worth relative to the mixed pool at one bucket pass.
        assertEquals(1.474, GoyalFiltering.worth(0), 0.001);
        assertEquals(1.050, GoyalFiltering.worth(1), 0.001);
        assertEquals(0.824, GoyalFiltering.worth(2), 0.001);
        assertEquals(0.712, GoyalFiltering.worth(3), 0.001);
        assertEquals(8.656, GoyalFiltering.mixedRepetitionConstant(), 0.001);
        // Their law: the top-10% pool is best early, the top-20% pool later (accuracy 1 - error).
        assertTrue(GoyalFiltering.error(3e7, 1) < GoyalFiltering.error(3e7, 2));
        assertTrue(GoyalFiltering.error(3e8, 2) < GoyalFiltering.error(3e8, 1));
    }
}
