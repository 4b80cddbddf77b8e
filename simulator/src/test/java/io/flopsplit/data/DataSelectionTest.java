package io.flopsplit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.laws.RepetitionDecay;
import io.flopsplit.optimum.ComputeOptimal;
import io.flopsplit.optimum.ModelPlan;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class DataSelectionTest {

    private static final LossLaw CHINCHILLA = LawProfiles.find("chinchilla").orElseThrow().law();
    private static final LossLaw MUENNIGHOFF = LawProfiles.find("muennighoff").orElseThrow().law();

    /**
     * 1e11 unique tokens; a 125M perplexity filter keeps the best quarter for a 1.25B model (r = 10),
     * at the fitted perplexity signal and decay, without a quality-dependent repetition constant.
     */
    private static final DataPool POOL = DataPool.ofUnique(1e11);
    private static final QualityMultiplier FITTED = new QualityMultiplier(0.688, 0.109);
    private static final DataSelection QUARTER = new DataSelection(POOL, ProxyScorer.perplexity(125e6), 0.25,
            FITTED, 0);
    private static final double TRAINED = 1.25e9;
    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();

    @Test
    void selectionCostsCTimesProxyParamsPerScoredToken() {
        assertEquals(2 * 125e6 * 1e11, QUARTER.selectionFlops(), 1e6);
        DataSelection gradient = new DataSelection(POOL, ProxyScorer.gradient(125e6), 0.25, QualityMultiplier.NONE, 0);
        assertEquals(3 * QUARTER.selectionFlops(), gradient.selectionFlops(), 1e6);
        assertEquals(2.5e10, QUARTER.keptUniqueTokens(), 1);
        assertEquals(10, QUARTER.sizeRatio(TRAINED), 1e-12);
        assertEquals(1, gradient.qualityMultiplier(TRAINED), 0);
    }

    /**
     * The closed form Φ(a − z_f)/f against the mechanism it stands for, integrated numerically: worth
     * w = exp(σu − σ²/2), score s = ρu + √(1 − ρ²)·ε, keep s &gt; z_f; m = E[w·1{s &gt; z_f}]/f. Only
     * a = ρσ matters, so two (ρ, σ) with the same product give the same m.
     */
    @Test
    void theMultiplierIsTheKeptShareOfLogNormalWorthUnderANoisyScore() {
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        for (double keptFraction : new double[] {0.01, 0.1, 0.3, 0.5, 0.9}) {
            double z = normal.inverseCumulativeProbability(1 - keptFraction);
            for (double[] rhoSigma : new double[][] {{0.5, 1.2}, {0.8, 0.75}, {0.2, 3}, {0.95, 0.2}}) {
                double rho = rhoSigma[0];
                double sigma = rhoSigma[1];
                UnivariateFunction kept = u -> normal.density(u) * Math.exp(sigma * u - sigma * sigma / 2)
                        * normal.cumulativeProbability((rho * u - z) / Math.sqrt(1 - rho * rho));
                double integral = 0;
                for (double from = -14; from < 14; from += 2) {
                    integral += GAUSS.legendre(40, from, from + 2).integrate(kept);
                }
                assertEquals(integral / keptFraction,
                        QualityMultiplier.multiplierAtSignal(keptFraction, rho * sigma), 1e-8,
                        "f = " + keptFraction + ", rho = " + rho + ", sigma = " + sigma);
            }
        }
    }

    /** The fitted perplexity constants give the multipliers of the fit's table (f = 0.3 and 0.5). */
    @Test
    void theSignalFallsWithTheSizeRatio() {
        assertEquals(0.688, FITTED.signalAt(0.5), 0);
        assertEquals(0.688, FITTED.signalAt(1), 0);
        assertEquals(0.688 * Math.pow(6.7, -0.109), FITTED.signalAt(6.7), 1e-15);
        double previous = Double.POSITIVE_INFINITY;
        for (double ratio : new double[] {1, 5, 24, 100, 1000, 1e6, 1e30}) {
            double m = FITTED.multiplier(0.3, ratio);
            assertTrue(m < previous && m > 1, "m(0.3, " + ratio + ") = " + m);
            previous = m;
        }
        assertEquals(1.883, FITTED.multiplier(0.3, 1), 0.002);
        assertEquals(1.373, FITTED.multiplier(0.5, 24), 0.002);
        assertEquals(1.402, FITTED.multiplier(0.3, 1000), 0.002);
        assertEquals(1, FITTED.multiplier(1, 10), 0);
        assertEquals(1, QualityMultiplier.multiplierAtSignal(1e-9, 0), 1e-6);
        assertEquals(1e9, QualityMultiplier.multiplierAtSignal(1e-9, 3000), 1e-3);
    }

    /**
     * The kept pool's repetition constant is R_D*·m^κ: unchanged for an unfiltered pool whatever κ,
     * Muennighoff's for every pool at κ = 0, longer for a better pool at κ &gt; 0.
     */
    @Test
    void theRepetitionConstantScalesWithQuality() {
        RepetitionDecay base = TrainingData.DECAY;
        assertEquals(base, new TrainingData(1e9, 1, 2).decay(base));
        assertEquals(base, new TrainingData(1e9, 1.6, 0).decay(base));
        assertEquals(15.387756 * Math.pow(1.6, 0.525), new TrainingData(1e9, 1.6, 0.525).decay(base).tokensHalfLife(),
                1e-12);
        assertEquals(base.paramsHalfLife(), new TrainingData(1e9, 1.6, 0.525).decay(base).paramsHalfLife(), 0);
        // Muennighoff et al. 2023 (authors' constants): four epochs are worth 3.7257 epochs of fresh data.
        assertEquals(3.7257, TrainingData.unfiltered(1e9).effectiveTokens(4e9) / 1e9, 1e-4);
        TrainingData slow = new TrainingData(1e9, 1.6, 0.525);
        TrainingData plain = new TrainingData(1e9, 1.6, 0);
        assertEquals(slow.effectiveTokens(1e9), plain.effectiveTokens(1e9), 1e-3);
        assertTrue(slow.effectiveTokens(2e10) > plain.effectiveTokens(2e10));
        assertEquals(slow.loss(MUENNIGHOFF, 1e9, 2e10), MUENNIGHOFF.loss(1e9, 1.6 * 2e10, 1.6 * 1e9,
                slow.decay(MUENNIGHOFF.repetitionDecay())), 0);
    }

    @Test
    void keptDataIsWorthMoreUntilItIsRepeated() {
        TrainingData kept = QUARTER.trainingData(TRAINED);
        TrainingData all = TrainingData.unfiltered(POOL);
        assertEquals(QUARTER.qualityMultiplier(TRAINED) * 1e10, kept.effectiveTokens(1e10), 1);
        assertTrue(kept.effectiveTokens(1e10) > all.effectiveTokens(1e10));
        assertTrue(kept.effectiveTokens(1e13) < all.effectiveTokens(1e13));
    }

    @Test
    void lossOnTheDataIsTheLawAtTheEffectiveTokens() {
        TrainingData kept = QUARTER.trainingData(TRAINED);
        for (double tokens : new double[] {1e9, 2.5e10, 1e11, 1e12, 1e14}) {
            assertEquals(CHINCHILLA.loss(1e9, kept.effectiveTokens(tokens)), kept.loss(CHINCHILLA, 1e9, tokens), 1e-12);
        }
    }

    /**
     * Goyal et al. 2024 (arXiv 2404.07177): filtering wins at small compute and loses at large compute.
     * Each training budget C goes to the compute-optimal (N, D) of the law with unlimited data, with
     * or without the filter. Nothing here says where the crossover is: it emerges from m against
     * the repetition decay of the quarter-sized pool, and must come exactly once.
     */
    @Test
    void filteringWinsAtSmallTrainingBudgetsAndLosesAtLargeOnes() {
        for (LossLaw law : List.of(CHINCHILLA, MUENNIGHOFF)) {
            List<Boolean> filteringWins = new ArrayList<>();
            for (double exponent = 18; exponent <= 27; exponent += 0.25) {
                ModelPlan plan = ComputeOptimal.forBudget(law, Math.pow(10, exponent), ComputeConvention.STANDARD);
                double filtered = QUARTER.trainingData(plan.params()).loss(law, plan.params(), plan.tokens());
                double unfiltered = TrainingData.unfiltered(POOL).loss(law, plan.params(), plan.tokens());
                filteringWins.add(filtered < unfiltered);
            }
            assertTrue(filteringWins.get(0), law.form() + ": filtering must win at 1e18 FLOPs");
            assertTrue(!filteringWins.get(filteringWins.size() - 1), law.form() + ": filtering must lose at 1e27 FLOPs");
            assertEquals(1, crossings(filteringWins), law.form() + ": one crossover, was " + filteringWins);
        }
    }

    @Test
    void aPoolTooSmallForOneEpochIsRepeatedAndSaturates() {
        TrainingData tiny = TrainingData.unfiltered(1e6);
        assertEquals(1000, tiny.epochs(1e9), 1e-9);
        double saturated = 1e6 * (1 + TrainingData.DECAY.tokensHalfLife());
        assertTrue(tiny.effectiveTokens(1e12) <= saturated);
        assertEquals(saturated, tiny.effectiveTokens(1e12), saturated * 1e-9);
        double loss = tiny.loss(CHINCHILLA, 1e9, 1e12);
        assertTrue(Double.isFinite(loss) && loss > ((ChinchillaLaw) CHINCHILLA).loss(1e9, 1e12));
    }

    @Test
    void aFilterThatKeepsLessThanOneTokenIsAnError() {
        var error = assertThrows(IllegalArgumentException.class, () -> new DataSelection(DataPool.ofUnique(100),
                ProxyScorer.perplexity(1e6), 0.001, QualityMultiplier.NONE, 0));
        assertTrue(error.getMessage().startsWith("keptFraction: keeps fewer than one unique token"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DataPool(10, 20));
        assertThrows(IllegalArgumentException.class, () -> new QualityMultiplier(-0.1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new QualityMultiplier(0.5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new TrainingData(1e9, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> QUARTER.trainingData(0));
        assertThrows(IllegalArgumentException.class, () -> QUARTER.trainingData(TRAINED).loss(CHINCHILLA, 1e9, 0));
    }

    private static int crossings(List<Boolean> wins) {
        int crossings = 0;
        for (int i = 1; i < wins.size(); i++) {
            crossings += wins.get(i) != wins.get(i - 1) ? 1 : 0;
        }
        return crossings;
    }
}
