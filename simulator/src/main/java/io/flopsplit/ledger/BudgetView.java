package io.flopsplit.ledger;

/**
 * A read-only view of a trial's compute budget, by {@link Phase}: what each phase was allocated,
 * has spent and has left. Allocation policies and training hooks see the budget through this view.
 *
 * <p>Amounts are FLOPs rounded to doubles from the ledger's compensated sums: spent and allocated to
 * the nearest double, unspent and unallocated <em>down</em>, so that debiting
 * {@code unspentFlops(phase)} always succeeds.
 */
public interface BudgetView {

    /** The trial's total budget. */
    double budgetFlops();

    /** FLOPs allocated to {@code phase} so far, net of what was moved out again. */
    double allocatedFlops(Phase phase);

    /** FLOPs {@code phase} has spent. */
    double spentFlops(Phase phase);

    /** FLOPs {@code phase} may still spend (allocated − spent), rounded down. */
    double unspentFlops(Phase phase);

    /** FLOPs of the budget not allocated to any phase, rounded down. */
    double unallocatedFlops();

    /** FLOPs spent by all phases together. */
    double totalSpentFlops();

    /** FLOPs not spent: the phases' unspent allocations plus the unallocated rest. */
    double totalUnspentFlops();

    /** Whether {@code phase} can pay {@code flops} now, decided exactly. */
    boolean canAfford(Phase phase, double flops);
}
