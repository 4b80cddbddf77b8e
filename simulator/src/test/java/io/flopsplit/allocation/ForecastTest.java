package io.flopsplit.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.flopsplit.scenario.Worlds;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import org.junit.jupiter.api.Test;

/**
 * The suite policies plan with: the forecast's suite on {@value Forecast#PLANNING_GRID_POINTS} nodes,
 * one object for repeated calls (the accuracies read on it are remembered per suite object), another
 * for another suite.
 */
class ForecastTest {

    @Test
    void thePlanningSuiteIsTheSuiteOnACoarserGridAndTheSameObjectEachTime() {
        Forecast forecast = Worlds.example(1e23, 1e9).belief();
        TaskSuite planning = forecast.planningSuite();
        assertEquals(forecast.suite().withGridPoints(Forecast.PLANNING_GRID_POINTS), planning);
        assertSame(planning, forecast.planningSuite());
        TaskSuite narrow = SuitePresets.resolve("narrow");
        Forecast other = new Forecast(forecast.budgetFlops(), forecast.law(), forecast.pool(), forecast.selection(),
                narrow, forecast.realQueries(), forecast.promptTokens(), forecast.answerTokens(), forecast.strategies(),
                forecast.convention());
        assertEquals(narrow.withGridPoints(Forecast.PLANNING_GRID_POINTS), other.planningSuite());
        assertEquals(planning, forecast.planningSuite());
    }
}
