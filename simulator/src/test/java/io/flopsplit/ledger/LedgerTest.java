package io.flopsplit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LedgerTest {

    /** Amounts are exact doubles here, so that messages read the same on every JDK's Double.toString. */
    @Test
    void overdraftsAreRefusedNamingThePhaseAndTheAmounts() {
        Ledger ledger = Ledger.allocated(1e22, 2e19, 5e21, 0);
        ledger.debit(Phase.PRETRAINING, 4e21);
        var debit = assertThrows(IllegalStateException.class, () -> ledger.debit(Phase.PRETRAINING, 2e21));
        assertEquals("PRETRAINING: cannot debit 2e21 FLOPs: only 1e21 of its 5e21 allocated FLOPs are unspent",
                debit.getMessage());
        var move = assertThrows(IllegalStateException.class, () -> ledger.reallocate(Phase.PRETRAINING, Phase.INFERENCE, 2e21));
        assertEquals("PRETRAINING: cannot move 2e21 FLOPs to INFERENCE: only 1e21 of its 5e21 allocated FLOPs are unspent"
                + " (spent 4e21)", move.getMessage());
        var allocate = assertThrows(IllegalStateException.class, () -> ledger.allocate(Phase.INFERENCE, 6e21));
        assertEquals("INFERENCE: cannot allocate 6e21 FLOPs: only 4.98e21 of the budget 1e22 are unallocated",
                allocate.getMessage());
        assertEquals(4e21, ledger.spentFlops(Phase.PRETRAINING), "refusals change nothing");
        assertFalse(ledger.tryDebit(Phase.SELECTION, 4e19));
    }

    @Test
    void badAmountsAreArgumentErrors() {
        Ledger ledger = new Ledger(1e20);
        assertThrows(IllegalArgumentException.class, () -> new Ledger(0));
        assertThrows(IllegalArgumentException.class, () -> new Ledger(Double.POSITIVE_INFINITY));
        assertEquals("flops: must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> ledger.allocate(Phase.SELECTION, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ledger.debit(Phase.SELECTION, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ledger.debit(null, 1));
    }

    @Test
    void onlyUnspentFlopsMoveBetweenPhases() {
        Ledger ledger = Ledger.allocated(1e21, 0, 1e21, 0);
        ledger.debit(Phase.PRETRAINING, 3e20);
        assertEquals(7e20, ledger.reallocateUnspent(Phase.PRETRAINING, Phase.INFERENCE));
        assertEquals(3e20, ledger.allocatedFlops(Phase.PRETRAINING));
        assertEquals(0, ledger.unspentFlops(Phase.PRETRAINING));
        assertEquals(7e20, ledger.unspentFlops(Phase.INFERENCE));
        ledger.release(Phase.INFERENCE, 2e20);
        assertEquals(2e20, ledger.unallocatedFlops());
        assertEquals(1e21, ledger.totalSpentFlops() + ledger.totalUnspentFlops());
    }

    @Test
    void debitUpToPaysWhatIsLeftAndNoMore() {
        Ledger ledger = Ledger.allocated(1e20, 0, 0, 1e18);
        assertEquals(6e17, ledger.debitUpTo(Phase.INFERENCE, 6e17));
        assertEquals(4e17, ledger.debitUpTo(Phase.INFERENCE, 6e17));
        assertEquals(0, ledger.debitUpTo(Phase.INFERENCE, 6e17));
        assertEquals(1e18, ledger.spentFlops(Phase.INFERENCE));
    }

    /** 10^4 debits of 1e12 FLOPs, each below one ulp of 1e30 (≈1.4e14), are all counted. */
    @Test
    void aBudgetOf1e30CountsDebitsBelowItsUlp() {
        Ledger ledger = new Ledger(1e30);
        ledger.allocateRest(Phase.INFERENCE);
        for (int i = 0; i < 10_000; i++) {
            ledger.debit(Phase.INFERENCE, 1e12);
        }
        assertEquals(1e16, ledger.spentFlops(Phase.INFERENCE), 1e16 * 1e-15);
        assertEquals(1e30 - 1e16, ledger.unspentFlops(Phase.INFERENCE), Math.ulp(1e30));
        assertTrue(ledger.unspentFlops(Phase.INFERENCE) < 1e30, "the spending shows in the unspent amount");
        LedgerInvariants.assertHold(ledger);
    }

    @Test
    void aBudgetOf1e15SpendsToTheLastFlop() {
        Ledger ledger = Ledger.allocated(1e15, 1e15 / 3, 1e15 / 3, 0);
        ledger.allocateRest(Phase.INFERENCE);
        for (Phase phase : Phase.values()) {
            for (int i = 0; i < 6; i++) {
                ledger.debit(phase, ledger.allocatedFlops(phase) / 7);
            }
            ledger.debit(phase, ledger.unspentFlops(phase));
        }
        assertEquals(1e15, ledger.totalSpentFlops());
        assertEquals(0, ledger.totalUnspentFlops());
        assertFalse(ledger.canAfford(Phase.INFERENCE, Double.MIN_VALUE));
        LedgerInvariants.assertHold(ledger);
    }
}
