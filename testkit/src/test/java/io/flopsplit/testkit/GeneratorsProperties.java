package io.flopsplit.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.policy.FixedSplitPolicy;
import io.flopsplit.inference.Greedy;
import org.junit.jupiter.api.Test;

/** The generators as a user's own properties would use them. */
class GeneratorsProperties {

    @Test
    void budgetsSpanTheRange() {
        qt().withExamples(200).forAll(Generators.budgets())
                .checkAssert(budget -> assertTrue(budget >= 1e15 && budget <= 1e30, "budget " + budget));
    }

    @Test
    void aFixedSplitTrainsOnItsShareOfEveryForecastBudget() {
        FixedSplitPolicy policy = new FixedSplitPolicy(0.3, Greedy.TYPE);
        qt().withExamples(100).forAll(Generators.forecasts()).checkAssert(forecast -> {
            Allocation allocation = policy.allocate(forecast);
            double share = allocation.trainingFlops(forecast) / forecast.budgetFlops();
            assertTrue(Math.abs(share - 0.3) < 1e-9, "trains on " + share + " of " + forecast.budgetFlops());
        });
    }

    @Test
    void lawsArePublishedOnes() {
        qt().withExamples(50).forAll(Generators.laws()).checkAssert(law -> assertTrue(law.loss(1e9, 2e10) > 1,
                law.toString()));
    }
}
