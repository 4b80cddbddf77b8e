package io.flopsplit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.inference.BestOfKOracle;
import io.flopsplit.inference.Plan;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import io.flopsplit.inference.WeightedBestOfK;
import org.junit.jupiter.api.Test;

/** The FLOPs at which a baseline's accuracy, rising in k, first reaches a target. */
class ComputeEfficiencyTest {

    /** Accuracy ln k, linear in ln k between whole budgets, is inverted exactly: it reaches 3 at k = e³. */
    @Test
    void theCrossingIsFoundBetweenWholeBudgetsAndPricedLinearly() {
        double k = Math.exp(3);
        double flops = ComputeEfficiency.matchingFlops(n -> Math.log(n), n -> 10.0 * n + 5, 3, "log");
        assertEquals(10 * k + 5, flops, 1e-9);
        assertEquals(15, ComputeEfficiency.matchingFlops(n -> Math.log(n), n -> 10.0 * n + 5, -1, "log"), 0,
                "a target greedy meets costs one answer");
        assertEquals(10 * 64 + 5, ComputeEfficiency.matchingFlops(n -> Math.log(n), n -> 10.0 * n + 5,
                Math.log(64), "log"), 1e-9, "a target met at a whole budget");
    }

    @Test
    void aBaselineThatNeverReachesTheTargetIsAnErrorNamingIt() {
        var error = assertThrows(IllegalStateException.class,
                () -> ComputeEfficiency.matchingFlops(n -> 0.4 - 1.0 / n, n -> n, 0.5, "weighted-best-of-k"));
        assertTrue(error.getMessage().startsWith("weighted-best-of-k does not reach accuracy 0.5 within k = 16384"),
                error.getMessage());
    }

    /**
     * A least efficiency: a plan weighted best-of-k reaches gives the ratio itself (1 against its own
     * plan); one it never reaches (a perfect checker at k = 64, far above its plateau) gives the lower
     * bound at the largest budget searched.
     */
    @Test
    void aLeastEfficiencyIsTheRatioOrItsBoundWhereTheBaselineNeverCatchesUp() {
        Setting setting = TestTimeCases.snellBase();
        Strategy weighted = TestTimeCases.strategy(WeightedBestOfK.ID);
        assertEquals(1, ComputeEfficiency.ratioAtLeast(weighted.plan(setting, 16), weighted, setting), 1e-9);
        Plan perfect = TestTimeCases.strategy(BestOfKOracle.ID).plan(setting, 64);
        assertThrows(ComputeEfficiency.Unreached.class, () -> ComputeEfficiency.ratio(perfect, weighted, setting));
        assertEquals(weighted.flopsPerQuery(setting.deployment(), ComputeEfficiency.MAX_BASELINE_K)
                / perfect.flopsPerQuery(), ComputeEfficiency.ratioAtLeast(perfect, weighted, setting), 0);
    }
}
