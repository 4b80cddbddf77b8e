package io.flopsplit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.allocation.Sizing;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.laws.LossSurface;
import io.flopsplit.optimum.ModelPlan;
import org.junit.jupiter.api.Test;

/**
 * {@code selection-heavy} sizes its model where the kept tokens' worth depends on that size: the
 * model it picks is the compute-optimal one on the surface L(N, D) = law(N, m(N)·D′), with the
 * worth its own size gives it.
 */
class SelectionHeavySizingTest {

    private static Forecast dataConstrained(double budget) {
        Forecast f = PolicyFixtures.forecast(budget, 1e6, "muennighoff");
        return new Forecast(budget, f.law(), DataPool.ofUnique(3e11), f.selection(), f.suite(), f.realQueries(),
                f.promptTokens(), f.answerTokens(), f.strategies(), f.convention());
    }

    @Test
    void theModelIsComputeOptimalOnTheSurfaceWithItsOwnWorth() {
        for (double budget : new double[] {1e21, 1e22, 1e23, 1e25}) {
            Forecast forecast = dataConstrained(budget);
            Allocation allocation = new SelectionHeavyPolicy().allocate(forecast);
            DataSelection selection = allocation.selection().orElseThrow();
            double params = allocation.params();
            assertEquals(selection.qualityMultiplier(params), allocation.trainingData(forecast).qualityMultiplier(), 0);
            LossSurface surface = Sizing.surface(forecast, selection);
            double paramTokens = params * allocation.trainingTokens();
            double chosen = surface.loss(params, allocation.trainingTokens());
            for (double factor : new double[] {0.8, 0.95, 1.05, 1.25}) {
                double other = surface.loss(factor * params, paramTokens / (factor * params));
                assertTrue(other > chosen, budget + ": a model " + factor + "x the size reaches " + other
                        + " < " + chosen);
            }
        }
    }

    /** Without the size-ratio decay the worth is one number, and both sizings must agree. */
    @Test
    void withoutTheSizeRatioDecayItIsTheFixedWorthSizing() {
        Forecast forecast = dataConstrained(1e23);
        SelectionOptions fixed = new SelectionOptions(forecast.selection().method(), forecast.selection().proxyParams(),
                forecast.selection().flopsPerParamToken(), forecast.selection().keptFraction(),
                new QualityMultiplier(forecast.selection().quality().signal(), 0),
                forecast.selection().repetitionQualityExponent());
        DataSelection selection = fixed.of(forecast.pool());
        double available = forecast.budgetFlops() - selection.selectionFlops();
        ModelPlan throughSurface = Sizing.computeOptimalWithReserve(forecast, selection, available,
                forecast::greedyServingFlops);
        ModelPlan throughData = Sizing.computeOptimalWithReserve(forecast, selection.trainingData(1), available,
                forecast::greedyServingFlops);
        assertEquals(throughData.params(), throughSurface.params(), 1e-6 * throughData.params());
        assertEquals(throughData.loss(), throughSurface.loss(), 1e-9);
    }

    @Test
    void extremeBudgetsAreFiniteOrAClearError() {
        Forecast huge = PolicyFixtures.forecast(1e30, 1e6, "chinchilla");
        Allocation allocation = new SelectionHeavyPolicy().allocate(huge);
        assertTrue(Double.isFinite(allocation.params()) && Double.isFinite(allocation.trainingTokens()));
        double m = allocation.trainingData(huge).qualityMultiplier();
        assertTrue(m > 1 && m < 1 / huge.selection().keptFraction(), "m = " + m);
        var error = assertThrows(IllegalArgumentException.class,
                () -> new SelectionHeavyPolicy().allocate(PolicyFixtures.forecast(1e15, 0, "chinchilla")));
        assertTrue(error.getMessage().startsWith("budgetFlops: 1e15 FLOPs do not pay for scoring the pool"),
                error.getMessage());
    }
}
