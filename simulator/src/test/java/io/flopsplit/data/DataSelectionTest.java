package io.flopsplit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.laws.ChinchillaLaw;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.optimum.ComputeOptimal;
import io.flopsplit.optimum.ModelPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataSelectionTest {

    private static final LossLaw CHINCHILLA = LawProfiles.find("chinchilla").orElseThrow().law();
    private static final LossLaw MUENNIGHOFF = LawProfiles.find("muennighoff").orElseThrow().law();

    /** 1e11 unique tokens; a 125M perplexity filter keeps the best quarter, each kept token worth m = 1.5. */
    private static final DataPool POOL = DataPool.ofUnique(1e11);
    private static final DataSelection QUARTER = new DataSelection(POOL, ProxyScorer.perplexity(125e6), 0.25,
            new QualityMultiplier(Math.log(1.5) / Math.log(4), 2));

    @Test
    void selectionCostsCTimesProxyParamsPerScoredToken() {
        assertEquals(2 * 125e6 * 1e11, QUARTER.selectionFlops(), 1e6);
        DataSelection gradient = new DataSelection(POOL, ProxyScorer.gradient(125e6), 0.25, QualityMultiplier.NONE);
        assertEquals(3 * QUARTER.selectionFlops(), gradient.selectionFlops(), 1e6);
        assertEquals(2.5e10, QUARTER.keptUniqueTokens(), 1);
        assertEquals(1.5, QUARTER.qualityMultiplier(), 1e-12);
    }

    @Test
    void theQualityMultiplierIsCapped() {
        QualityMultiplier steep = new QualityMultiplier(1, 3);
        assertEquals(2, steep.multiplier(0.5), 1e-12);
        assertEquals(3, steep.multiplier(0.01), 0);
        assertEquals(1, steep.multiplier(1), 0);
    }

    @Test
    void keptDataIsWorthMoreUntilItIsRepeated() {
        TrainingData kept = QUARTER.trainingData();
        TrainingData all = TrainingData.unfiltered(POOL);
        assertEquals(1.5 * 1e10, kept.effectiveTokens(1e10), 1);
        assertTrue(kept.effectiveTokens(1e10) > all.effectiveTokens(1e10));
        assertTrue(kept.effectiveTokens(1e13) < all.effectiveTokens(1e13));
    }

    @Test
    void lossOnTheDataIsTheLawAtTheEffectiveTokens() {
        TrainingData kept = QUARTER.trainingData();
        for (double tokens : new double[] {1e9, 2.5e10, 1e11, 1e12, 1e14}) {
            assertEquals(CHINCHILLA.loss(1e9, kept.effectiveTokens(tokens)), kept.loss(CHINCHILLA, 1e9, tokens), 1e-12);
        }
    }

    /**
     * Goyal et al. 2024 (arXiv 2404.07177): filtering wins at small compute and loses at large compute.
     * Each training budget C goes to the compute-optimal (N, D) of the law with unlimited data, with
     * or without the filter. Nothing here says where the crossover is: it emerges from m(f) against
     * the repetition decay of the quarter-sized pool, and must come exactly once.
     */
    @Test
    void filteringWinsAtSmallTrainingBudgetsAndLosesAtLargeOnes() {
        for (LossLaw law : List.of(CHINCHILLA, MUENNIGHOFF)) {
            List<Boolean> filteringWins = new ArrayList<>();
            for (double exponent = 18; exponent <= 27; exponent += 0.25) {
                ModelPlan plan = ComputeOptimal.forBudget(law, Math.pow(10, exponent), ComputeConvention.STANDARD);
                double filtered = QUARTER.trainingData().loss(law, plan.params(), plan.tokens());
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
        TrainingData tiny = new TrainingData(1e6, 1);
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
                ProxyScorer.perplexity(1e6), 0.001, QualityMultiplier.NONE));
        assertTrue(error.getMessage().startsWith("keptFraction: keeps fewer than one unique token"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DataPool(10, 20));
        assertThrows(IllegalArgumentException.class, () -> new QualityMultiplier(0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> QUARTER.trainingData().loss(CHINCHILLA, 1e9, 0));
    }

    private static int crossings(List<Boolean> wins) {
        int crossings = 0;
        for (int i = 1; i < wins.size(); i++) {
            crossings += wins.get(i) != wins.get(i - 1) ? 1 : 0;
        }
        return crossings;
    }
}
