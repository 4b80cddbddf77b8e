package io.flopsplit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.data.DataPool;
import io.flopsplit.data.DataSelection;
import io.flopsplit.data.ProxyScorer;
import io.flopsplit.data.QualityMultiplier;
import io.flopsplit.inference.Greedy;
import io.flopsplit.policy.Policies;
import io.flopsplit.policy.Policy;
import io.flopsplit.scenario.Worlds;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The allocation invariants decide exactly: one FLOP over 1e30 is caught, and no built-in asks for one. */
class AllocationInvariantsTest {

    private static final Forecast AT_1E30 = Worlds.example(1e30, 0).belief();

    /** Selection S plus training T, where T is the whole budget as nearly as 6·N·D expresses it. */
    private static Allocation withSelection(Forecast forecast, double params, double extraFlops) {
        double tokens = forecast.convention().tokensWithin(params, forecast.budgetFlops());
        double training = forecast.convention().trainingFlops(params, tokens);
        double selection = forecast.budgetFlops() - training + extraFlops;
        DataSelection scoring = new DataSelection(DataPool.ofUnique(1), new ProxyScorer(selection, 1), 1,
                QualityMultiplier.NONE, 0);
        return new Allocation(Optional.of(scoring), params, tokens, Greedy.TYPE, OptionalInt.of(1));
    }

    @Test
    void oneFlopOverABudgetOf1e30IsCaughtExactly() {
        Allocation exact = withSelection(AT_1E30, 1e14, 0);
        Allocation over = withSelection(AT_1E30, 1e14, 1);
        assertEquals(List.of(), AllocationInvariants.violations(exact, AT_1E30));
        // In doubles the two sums are equal: one FLOP is 1e-30 of the budget, far below its ulp (1.4e14).
        assertEquals(exact.selectionFlops() + exact.trainingFlops(AT_1E30),
                over.selectionFlops() + over.trainingFlops(AT_1E30));
        List<String> wrong = AllocationInvariants.violations(over, AT_1E30);
        assertEquals(1, wrong.size());
        assertTrue(wrong.get(0).startsWith("overdraws the budget by 1 FLOP: selection "), wrong.get(0));
    }

    @Test
    void aNegativeInferenceShareIsNamed() {
        Forecast forecast = Worlds.example(1e23, 1e9).belief();
        Allocation greedy = Allocation.of(1e10, 2e12, Greedy.TYPE);   // 6·1e10·2e12 = 1.2e23 FLOPs of training
        assertEquals(List.of("negative inference share: selection 0 + training 1.2e23 FLOPs exceed the budget 1e23 by"
                + " 2e22"), AllocationInvariants.violations(greedy, forecast));
    }

    @Test
    void trainingFlopsThatOverflowAreNotFinite() {
        Allocation huge = Allocation.of(1e200, 1e200, Greedy.TYPE);
        assertEquals(List.of("FLOPs are not finite: selection 0, training Infinity"),
                AllocationInvariants.violations(huge, AT_1E30));
    }

    @Test
    void noBuiltInAsksForMoreThanTheBudgetWhenItTrainsOnAllOfIt() {
        // With no demand the compute-optimal policies train on the whole budget: D = C/(6N) used to round
        // 6·N·D above C by an ulp (chinchilla at 9.12e17 FLOPs asked for 128 FLOPs too many).
        for (double budget : new double[] {9.120108393559098e17, 1.1748975549395495e19, 6.456542290346694e19,
            1.380384264602943e23, 7.585775750292192e23, 6.309573444802459e29}) {
            Forecast forecast = Worlds.example(budget, 0).belief();
            for (Policy policy : Policies.rivals()) {
                try {
                    Allocation allocation = policy.allocate(forecast);
                    assertEquals(List.of(), AllocationInvariants.violations(allocation, forecast),
                            policy.name() + " at " + budget);
                } catch (IllegalArgumentException refused) {
                    assertTrue(policy.name().equals("selection-heavy"), policy.name() + " refused: " + refused.getMessage());
                }
            }
        }
    }
}
