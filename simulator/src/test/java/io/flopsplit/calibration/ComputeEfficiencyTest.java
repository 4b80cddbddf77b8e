package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.BestOfKOracle;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.WeightedBestOfK;
import org.junit.jupiter.api.Test;

/** The cost (FLOPs, or generations) at which a baseline's accuracy, rising in k, first reaches a target. */
class ComputeEfficiencyTest {

    /** Accuracy ln k, linear in ln k between whole budgets, is inverted exactly: it reaches 3 at k = e³. */
    @Test
    void theCrossingIsFoundBetweenWholeBudgetsAndPricedLinearly() {
        double k = Math.exp(3);
        double flops = ComputeEfficiency.matchingCost(n -> Math.log(n), n -> 10.0 * n + 5, 3, "log");
        assertEquals(10 * k + 5, flops, 1e-9);
        assertEquals(15, ComputeEfficiency.matchingCost(n -> Math.log(n), n -> 10.0 * n + 5, -1, "log"), 0,
                "a target greedy meets costs one answer");
        assertEquals(10 * 64 + 5, ComputeEfficiency.matchingCost(n -> Math.log(n), n -> 10.0 * n + 5,
                Math.log(64), "log"), 1e-9, "a target met at a whole budget");
    }

    @Test
    void aBaselineThatNeverReachesTheTargetIsAnErrorNamingIt() {
        var error = assertThrows(IllegalStateException.class,
                () -> ComputeEfficiency.matchingCost(n -> 0.4 - 1.0 / n, n -> n, 0.5, "weighted-best-of-k"));
        assertTrue(error.getMessage().startsWith("weighted-best-of-k does not reach accuracy 0.5 within k = 16384"),
                error.getMessage());
    }

    /**
     * A least efficiency: an accuracy weighted best-of-k reaches gives the generations it needs (16
     * for its own accuracy at 16); one it never reaches (a perfect checker's at k = 64, far above its
     * plateau) gives the largest budget searched, a lower bound.
     */
    @Test
    void aLeastBudgetIsTheBudgetOrItsBoundWhereTheBaselineNeverCatchesUp() {
        Setting setting = TestTimeCases.snellBase();
        Strategy weighted = TestTimeCases.strategy(WeightedBestOfK.ID);
        double own = weighted.plan(setting, 16).accuracy(setting.problems());
        assertEquals(16, ComputeEfficiency.generationsAtLeast(own, weighted, setting), 1e-9);
        double perfect = TestTimeCases.strategy(BestOfKOracle.ID).plan(setting, 64).accuracy(setting.problems());
        assertThrows(ComputeEfficiency.Unreached.class, () -> ComputeEfficiency.generations(perfect, weighted, setting));
        assertEquals(ComputeEfficiency.MAX_BASELINE_K, ComputeEfficiency.generationsAtLeast(perfect, weighted, setting),
                0);
    }
}
