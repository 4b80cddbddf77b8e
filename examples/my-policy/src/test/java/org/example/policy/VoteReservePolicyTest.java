package org.example.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.testkit.Generators;
import io.flopsplit.testkit.PolicyAssertions;
import org.junit.jupiter.api.Test;

class VoteReservePolicyTest {

    /** Every invariant flopsplit check holds a policy to, and the monotonicity in the budget it declares. */
    @Test
    void keepsTheInvariants() {
        PolicyAssertions.defaults().examples(40).invariants(new VoteReservePolicy(8));
    }

    /**
     * Its own promise: every forecast query can be served with the full vote, in any world it accepts
     * (up to rounding: FLOPs are doubles, so sums of them near a budget of 1e23 are exact only to
     * about 1e7 FLOPs; the ledger allows a trillionth of the budget, and so does this test).
     */
    @Test
    void reservesTheWholeVoteForEveryQuery() {
        VoteReservePolicy policy = new VoteReservePolicy(8);
        qt().withExamples(200).forAll(Generators.forecasts()).checkAssert(forecast -> {
            Allocation allocation;
            try {
                allocation = policy.allocate(forecast);
            } catch (IllegalArgumentException refused) {
                return;   // a demand no model can serve with the budget: refused with a message
            }
            double vote = forecast.realQueries() * forecast.deployment(allocation.params()).samplingFlops(8);
            assertTrue(allocation.inferenceFlops(forecast) >= vote - 1e-12 * forecast.budgetFlops(), "short of the vote by "
                    + (vote - allocation.inferenceFlops(forecast)) + " FLOPs");
            assertEquals(8, allocation.k().getAsInt());
        });
    }
}
