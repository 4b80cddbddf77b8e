package io.flopsplit.calibration;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.SelectionOptions;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.policy.SelectionHeavyPolicy;
import io.flopsplit.scenario.Worlds;
import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * The quality–quantity crossover of the shipped {@code data-constrained} scenario: the budget at
 * which {@code selection-heavy} (score the pool, keep the best share, train compute-optimally on it)
 * stops reaching a lower loss than {@code chinchilla} (train compute-optimally on the whole pool,
 * repeating it as needed). The setting is the scenario's: the {@code muennighoff} law, an all-unique
 * pool, 1e6 greedy queries, every other key at its default. Goyal et al. 2024 (arXiv 2404.07177)
 * find that filtering wins at small compute and loses at large compute.
 */
public final class SelectionCrossover {

    /** The unique tokens of the {@code data-constrained} scenario. */
    public static final double SCENARIO_UNIQUE_TOKENS = 3e11;
    /** Its lifetime queries. */
    public static final double SCENARIO_QUERIES = 1e6;
    /** The law it plans with. */
    public static final String SCENARIO_LAW = "muennighoff";
    /** The budgets scanned for the crossover, as powers of ten, and the scan's step. */
    public static final double LOW_EXPONENT = 21;
    public static final double HIGH_EXPONENT = 26;
    private static final double STEP = 0.25;

    private SelectionCrossover() {
    }

    /** The scenario's forecast at {@code budgetFlops}, with {@code uniqueTokens} unique tokens and {@code selection}. */
    public static Forecast forecast(double budgetFlops, double uniqueTokens, SelectionOptions selection) {
        Forecast defaults = Worlds.example(budgetFlops, SCENARIO_QUERIES).belief();
        return new Forecast(budgetFlops, LawProfiles.resolve(SCENARIO_LAW).law(), DataPool.ofUnique(uniqueTokens),
                selection, defaults.suite(), defaults.realQueries(), defaults.promptTokens(), defaults.answerTokens(),
                defaults.strategies(), defaults.convention());
    }

    /** Loss of {@code selection-heavy} less loss of {@code chinchilla} (negative: filtering wins). */
    public static double lossGap(Forecast forecast) {
        return loss(forecast, new SelectionHeavyPolicy().allocate(forecast))
                - loss(forecast, new ChinchillaPolicy().allocate(forecast));
    }

    private static double loss(Forecast forecast, Allocation allocation) {
        return allocation.trainingData(forecast).loss(forecast.law(), allocation.params(), allocation.trainingTokens());
    }

    /**
     * The budget in [1e21, 1e26] FLOPs where filtering first stops winning (a scan in steps of
     * 10^0.25 refined by Brent's method on log₁₀ C); empty when there is no such change.
     */
    public static OptionalDouble crossover(double uniqueTokens, SelectionOptions selection) {
        double previous = gap(LOW_EXPONENT, uniqueTokens, selection);
        for (double exponent = LOW_EXPONENT + STEP; exponent <= HIGH_EXPONENT + 1e-9; exponent += STEP) {
            double gap = gap(exponent, uniqueTokens, selection);
            if (previous < 0 && gap >= 0) {
                double root = new BrentSolver(1e-9, 1e-12).solve(200,
                        x -> gap(x, uniqueTokens, selection), exponent - STEP, exponent);
                return OptionalDouble.of(Math.pow(10, root));
            }
            previous = gap;
        }
        return OptionalDouble.empty();
    }

    private static double gap(double exponent, double uniqueTokens, SelectionOptions selection) {
        return lossGap(forecast(Math.pow(10, exponent), uniqueTokens, selection));
    }
}
