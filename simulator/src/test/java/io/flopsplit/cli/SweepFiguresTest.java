package io.flopsplit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.montecarlo.MonteCarloResult;
import io.flopsplit.plot.Axis;
import io.flopsplit.statistics.ConfidenceInterval;
import io.flopsplit.sweep.SweepAxis;
import io.flopsplit.trial.Metric;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a sweep draws: log axes where the key is log-spaced, titles from the key's description, and when not to draw. */
class SweepFiguresTest {

    @Test
    void aKeysAxisIsLogWhereItsValuesAreLogSpacedAndNamesItsUnit() {
        Axis budget = SweepFigures.axis(SweepAxis.parse("budget.total=1e20..1e26:13:log"), 80);
        assertTrue(budget.log());
        assertEquals("budget.total (FLOPs to split between data selection, pretraining and inference)", budget.title());
        Axis queries = SweepFigures.axis(SweepAxis.parse("deployment.queries=1e6,1e9,1e12"), 44);
        assertTrue(queries.log());
        assertEquals("deployment.queries (Lifetime real queries)", queries.title());
        Axis auc = SweepFigures.axis(SweepAxis.parse("strategies.revisionKeep=0.1..0.8:8"), 30);
        assertFalse(auc.log());
        assertEquals("strategies.revisionKeep (Revisions)", auc.title());
    }

    @Test
    void onlyOneOrTwoNumericKeysWithSeveralValuesAreDrawn() {
        SweepAxis budgets = SweepAxis.parse("budget.total=1e21,1e22");
        SweepAxis queries = SweepAxis.parse("deployment.queries=1e6,1e9");
        SweepAxis tokens = SweepAxis.parse("deployment.promptTokens=100,200");
        assertEquals(Optional.empty(), SweepFigures.reason(List.of(budgets)));
        assertEquals(Optional.empty(), SweepFigures.reason(List.of(budgets, queries, SweepAxis.parse("deployment.promptTokens=100"))));
        assertEquals(Optional.of("figures are drawn over one or two keys with several values, not 3"),
                SweepFigures.reason(List.of(budgets, queries, tokens)));
        assertEquals(Optional.of("every varied key takes a single value"),
                SweepFigures.reason(List.of(SweepAxis.parse("budget.total=1"))));
        assertEquals(Optional.of("law.profile takes words, not numbers, so it has no axis"),
                SweepFigures.reason(List.of(SweepAxis.parse("law.profile=chinchilla,epoch"), budgets)));
    }

    @Test
    void theBestPolicyIsTheHighestMeanAndTiesAreNamedTogether() {
        assertEquals("b", SweepFigures.best(result(0.2, 0.3, 0.1), Metric.ACCURACY));
        assertEquals("a = c", SweepFigures.best(result(0.3, 0.2, 0.3), Metric.ACCURACY));
        assertEquals("a = b = c", SweepFigures.best(result(0, 0, 0), Metric.ACCURACY));
    }

    private static MonteCarloResult result(double... means) {
        List<String> names = List.of("a", "b", "c");
        List<MonteCarloResult.Estimate> estimates = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            estimates.add(new MonteCarloResult.Estimate(names.get(i), Metric.ACCURACY,
                    new ConfidenceInterval(means[i], means[i], means[i], 0.95, 10), 0));
        }
        return new MonteCarloResult(names, List.of(Metric.ACCURACY), Metric.ACCURACY, 10,
                MonteCarloResult.Ending.ALL_TRIALS, estimates, List.of(), List.of(0.0, 0.0, 0.0));
    }
}
