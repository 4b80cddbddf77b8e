package io.flopsplit.allocation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.flopsplit.ReRunHint;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.TrainingData;
import io.flopsplit.optimum.KaplanFrontier;
import io.flopsplit.optimum.ModelPlan;
import io.flopsplit.scenario.Worlds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sizing with a reserve: the training FLOPs and the reserve of the model they buy add up to the
 * budget, and the model is one that can exist, from 1e15 to 1e30 FLOPs, whatever the demand and the
 * pool — including when serving takes nearly all of the budget, where a root found in the model size
 * left the training FLOPs without a correct digit (a one-token pool made the chinchilla policy train
 * on −184 tokens).
 */
@ExtendWith(ReRunHint.class)
class SizingProperties {

    /** The defaults with {@code budget}, {@code queries} and a pool of {@code poolTokens} unique tokens. */
    private static Forecast forecast(double budget, double queries, double poolTokens) {
        Forecast f = Worlds.example(budget, queries).belief();
        return new Forecast(f.budgetFlops(), f.law(), DataPool.ofUnique(poolTokens), f.selection(), f.suite(),
                f.realQueries(), f.promptTokens(), f.answerTokens(), f.strategies(), f.convention());
    }

    /** Training and reserve exceed the budget by rounding at most (1e-12 of it) and leave at most 1e-6 of it unplanned (the precision of a size searched on a flat surface). */
    private static void assertSpendsTheBudget(Forecast forecast, double spent, String where) {
        double budget = forecast.budgetFlops();
        assertTrue(spent <= budget * (1 + 1e-12) && spent >= budget * (1 - 1e-6),
                "planned " + spent + " of " + budget + " FLOPs: " + where);
    }

    @Test
    void aOneTokenPoolTrainsOnPositiveTokensAndLeavesTheServingReserve() {
        Forecast forecast = forecast(1e23, 1e9, 1);
        ModelPlan plan = Sizing.computeOptimalWithReserve(forecast, TrainingData.unfiltered(forecast.pool()),
                forecast.budgetFlops(), forecast::greedyServingFlops);
        assertTrue(plan.params() >= 1 && plan.tokens() >= 1, plan.toString());
        assertSpendsTheBudget(forecast, plan.trainingFlops() + forecast.greedyServingFlops(plan.params()),
                plan.toString());
    }

    @Test
    void trainingAndReserveAddUpToTheBudgetOrTheBudgetIsRefused() {
        qt().withExamples(200)
                .forAll(doubles().between(15, 30), doubles().between(-1, 15), doubles().between(0, 15))
                .checkAssert((logBudget, logQueries, logPool) -> {
                    Forecast forecast = forecast(Math.pow(10, logBudget), logQueries < 0 ? 0 : Math.pow(10, logQueries),
                            Math.pow(10, logPool));
                    ModelPlan plan;
                    try {
                        plan = Sizing.computeOptimalWithReserve(forecast, TrainingData.unfiltered(forecast.pool()),
                                forecast.budgetFlops(), forecast::greedyServingFlops);
                    } catch (IllegalArgumentException refused) {
                        assertTrue(refused.getMessage().startsWith("budgetFlops: "), refused.getMessage());
                        return;
                    }
                    String where = forecast.budgetFlops() + " FLOPs, " + forecast.realQueries() + " queries, pool "
                            + forecast.pool().uniqueTokens() + ": " + plan;
                    assertTrue(plan.params() >= 1 && plan.tokens() >= 1, where);
                    double spent = plan.trainingFlops() + forecast.greedyServingFlops(plan.params());
                    assertSpendsTheBudget(forecast, spent, where);
                });
    }

    @Test
    void kaplansFrontierLeavesItsReserveToo() {
        qt().withExamples(200).forAll(doubles().between(15, 30), doubles().between(0, 15))
                .checkAssert((logBudget, logQueries) -> {
                    Forecast forecast = forecast(Math.pow(10, logBudget), Math.pow(10, logQueries), 1e13);
                    double training;
                    try {
                        training = Sizing.trainingFlopsWithReserve(forecast, forecast.budgetFlops(),
                                forecast::greedyServingFlops, KaplanFrontier::params);
                    } catch (IllegalArgumentException refused) {
                        assertTrue(refused.getMessage().startsWith("budgetFlops: "), refused.getMessage());
                        return;
                    }
                    double params = KaplanFrontier.params(training);
                    assertTrue(training > 0 && params >= 1
                            && forecast.convention().paramTokensFor(training) / params >= 1, training + " " + params);
                    assertSpendsTheBudget(forecast, training + forecast.greedyServingFlops(params), training + "");
                });
    }
}
