package io.flopsplit.ledger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger's invariants as seen from outside, through {@link BudgetView}. */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    /** Asserts every invariant: finite, nothing negative, no phase overspent, budget conserved. */
    public static void assertHold(BudgetView ledger) {
        double budget = ledger.budgetFlops();
        assertSane("unallocated", ledger.unallocatedFlops(), budget);
        for (Phase phase : Phase.values()) {
            double allocated = ledger.allocatedFlops(phase);
            double spent = ledger.spentFlops(phase);
            assertSane(phase + " allocated", allocated, budget);
            assertSane(phase + " spent", spent, budget);
            assertSane(phase + " unspent", ledger.unspentFlops(phase), budget);
            assertTrue(spent <= allocated, () -> phase + " spent " + spent + " > allocated " + allocated);
            assertTrue(ledger.unspentFlops(phase) <= allocated - spent + Math.ulp(allocated),
                    () -> phase + " unspent exceeds allocated − spent");
        }
        double spent = ledger.totalSpentFlops();
        double unspent = ledger.totalUnspentFlops();
        assertSane("total spent", spent, budget);
        assertSane("total unspent", unspent, budget);
        double gap = Math.abs(spent + unspent - budget);
        assertTrue(gap <= Ledger.RELATIVE_TOLERANCE * budget,
                () -> "spent " + spent + " + unspent " + unspent + " differs from budget " + budget + " by " + gap);
    }

    private static void assertSane(String what, double flops, double budget) {
        assertTrue(Double.isFinite(flops), () -> what + " is not finite: " + flops);
        assertTrue(flops >= 0, () -> what + " is negative: " + flops);
        assertTrue(flops <= budget, () -> what + " " + flops + " exceeds the budget " + budget);
    }
}
