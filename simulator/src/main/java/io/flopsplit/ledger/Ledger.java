package io.flopsplit.ledger;

import io.flopsplit.compute.Checks;

/**
 * The accounts of one trial's compute budget: a total budget, an allocation to each
 * {@link Phase}, and every event's debit against its phase.
 *
 * <p>Invariants, enforced on every operation (a refused operation changes nothing):
 * <ul>
 *   <li>no phase spends beyond its allocation, and only unspent FLOPs are ever moved between phases
 *       or released — an overdraft throws {@link OverdraftException} naming the phase and amounts;
 *   <li>nothing is ever negative: allocations, spending, unspent and unallocated FLOPs;
 *   <li>total spent ≤ budget, and spent + unspent = budget (conservation) within
 *       {@link #RELATIVE_TOLERANCE} of the budget.
 * </ul>
 *
 * <p>Arithmetic: budgets span 1e15–1e30 FLOPs and a trial makes ~10^4 debits, many below one ulp of
 * the budget (a 10^12-FLOP query against 10^30: ulp(10^30) ≈ 1.4·10^14). Every account is therefore
 * a {@link CompensatedSum} of ~106 bits, and affordability is decided on those sums exactly, not on
 * rounded doubles. Sums stay exact while their terms span fewer than ~50 binary orders of magnitude
 * below the budget; beyond that the error is below 2^-104 of the budget per operation. The stated
 * tolerance of 1e-12 of the budget is thus ~10^19 times what the arithmetic needs; it exists so that
 * the conservation check is a check, not an equality on rounded doubles. Mutable, not thread-safe:
 * one ledger per trial.
 */
public final class Ledger implements BudgetView {

    /** Conservation tolerance: |spent + unspent − budget| ≤ RELATIVE_TOLERANCE × budget. */
    public static final double RELATIVE_TOLERANCE = 1e-12;

    private static final Phase[] PHASES = Phase.values();

    private final double budgetFlops;
    private final CompensatedSum unallocated = new CompensatedSum();
    private final CompensatedSum[] allocated = accounts();
    private final CompensatedSum[] spent = accounts();
    private final CompensatedSum[] unspent = accounts();
    private final CompensatedSum scratch = new CompensatedSum();

    /** A ledger holding {@code budgetFlops}, all of it unallocated. */
    public Ledger(double budgetFlops) {
        this.budgetFlops = Checks.positive("budgetFlops", budgetFlops);
        unallocated.add(budgetFlops);
    }

    /** A ledger with the three allocations given and any rest unallocated. */
    public static Ledger allocated(double budgetFlops, double selectionFlops, double pretrainingFlops,
                                   double inferenceFlops) {
        Ledger ledger = new Ledger(budgetFlops);
        ledger.allocate(Phase.SELECTION, selectionFlops);
        ledger.allocate(Phase.PRETRAINING, pretrainingFlops);
        ledger.allocate(Phase.INFERENCE, inferenceFlops);
        return ledger;
    }

    /** Moves {@code flops} of the unallocated budget to {@code phase}. */
    public void allocate(Phase phase, double flops) {
        check(phase, "flops", flops);
        if (!unallocated.atLeast(flops)) {
            throw refused(phase, "allocate " + show(flops) + " FLOPs", "only " + show(unallocatedFlops()) + " of the budget "
                    + show(budgetFlops) + " are unallocated");
        }
        unallocated.add(-flops);
        credit(phase, flops);
        verify();
    }

    /** Moves everything still unallocated to {@code phase}, exactly; returns the amount, rounded. */
    public double allocateRest(Phase phase) {
        Checks.present("phase", phase);
        double moved = unallocated.nearest();
        allocated[phase.ordinal()].add(unallocated);
        unspent[phase.ordinal()].add(unallocated);
        unallocated.clear();
        verify();
        return moved;
    }

    /** Returns {@code flops} of the unspent allocation of {@code phase} to the unallocated budget. */
    public void release(Phase phase, double flops) {
        check(phase, "flops", flops);
        withdraw(phase, "release " + show(flops) + " FLOPs", flops);
        unallocated.add(flops);
        verify();
    }

    /** Moves {@code flops} of the unspent allocation of {@code from} to {@code to}. */
    public void reallocate(Phase from, Phase to, double flops) {
        check(from, "flops", flops);
        Checks.present("to", to);
        withdraw(from, "move " + show(flops) + " FLOPs to " + to, flops);
        credit(to, flops);
        verify();
    }

    /** Moves all unspent FLOPs of {@code from} to {@code to}, exactly; returns the amount, rounded. */
    public double reallocateUnspent(Phase from, Phase to) {
        Checks.present("from", from);
        Checks.present("to", to);
        CompensatedSum rest = unspent[from.ordinal()];
        double moved = rest.nearest();
        if (from == to) {
            return moved;
        }
        allocated[to.ordinal()].add(rest);
        unspent[to.ordinal()].add(rest);
        allocated[from.ordinal()].subtract(rest);
        rest.clear();
        verify();
        return moved;
    }

    /** Debits {@code flops} from {@code phase}; an overdraft is refused with an {@link OverdraftException}. */
    public void debit(Phase phase, double flops) {
        check(phase, "flops", flops);
        if (!unspent[phase.ordinal()].atLeast(flops)) {
            throw refused(phase, "debit " + show(flops) + " FLOPs", "only " + show(unspentFlops(phase)) + " of its "
                    + show(allocatedFlops(phase)) + " allocated FLOPs are unspent");
        }
        spend(phase, flops);
    }

    /** Debits {@code flops} if {@code phase} can afford it; returns whether it did. */
    public boolean tryDebit(Phase phase, double flops) {
        check(phase, "flops", flops);
        if (!unspent[phase.ordinal()].atLeast(flops)) {
            return false;
        }
        spend(phase, flops);
        return true;
    }

    /** Debits {@code flops}, or all that {@code phase} has left if less; returns the amount debited, rounded. */
    public double debitUpTo(Phase phase, double flops) {
        check(phase, "flops", flops);
        int i = phase.ordinal();
        if (unspent[i].atLeast(flops)) {
            spend(phase, flops);
            return flops;
        }
        double debited = unspent[i].floor();
        spent[i].add(unspent[i]);
        unspent[i].clear();
        verify();
        return debited;
    }

    @Override
    public boolean canAfford(Phase phase, double flops) {
        return unspent[Checks.present("phase", phase).ordinal()].atLeast(Checks.nonNegative("flops", flops));
    }

    @Override
    public double budgetFlops() {
        return budgetFlops;
    }

    @Override
    public double allocatedFlops(Phase phase) {
        return allocated[phase.ordinal()].nearest();
    }

    @Override
    public double spentFlops(Phase phase) {
        return spent[phase.ordinal()].nearest();
    }

    @Override
    public double unspentFlops(Phase phase) {
        return unspent[phase.ordinal()].floor();
    }

    @Override
    public double unallocatedFlops() {
        return unallocated.floor();
    }

    @Override
    public double totalSpentFlops() {
        scratch.clear();
        for (CompensatedSum account : spent) {
            scratch.add(account);
        }
        return scratch.nearest();
    }

    @Override
    public double totalUnspentFlops() {
        scratch.set(unallocated);
        for (CompensatedSum account : unspent) {
            scratch.add(account);
        }
        return scratch.floor();
    }

    /**
     * Moves {@code flops} from a phase's unspent to its spent account. Only that phase's invariants
     * can change (the budget's total is untouched), so only they are checked: debits are the hot path.
     */
    private void spend(Phase phase, double flops) {
        int i = phase.ordinal();
        spent[i].add(flops);
        unspent[i].add(-flops);
        verifyPhase(i, RELATIVE_TOLERANCE * budgetFlops);
    }

    private void credit(Phase phase, double flops) {
        allocated[phase.ordinal()].add(flops);
        unspent[phase.ordinal()].add(flops);
    }

    private void withdraw(Phase phase, String action, double flops) {
        if (!unspent[phase.ordinal()].atLeast(flops)) {
            throw refused(phase, action, "only " + show(unspentFlops(phase)) + " of its "
                    + show(allocatedFlops(phase)) + " allocated FLOPs are unspent (spent "
                    + show(spentFlops(phase)) + ")");
        }
        allocated[phase.ordinal()].add(-flops);
        unspent[phase.ordinal()].add(-flops);
    }

    /**
     * Checks every invariant; a failure here is a bug in this class, never the caller's. Cost: a
     * few dozen additions, small next to the event that caused the operation.
     */
    private void verify() {
        double tolerance = RELATIVE_TOLERANCE * budgetFlops;
        if (!unallocated.nonNegative()) {
            throw broken("unallocated FLOPs are negative: " + unallocated);
        }
        scratch.set(unallocated);
        scratch.add(-budgetFlops);
        for (int i = 0; i < PHASES.length; i++) {
            if (!spent[i].nonNegative() || !unspent[i].nonNegative()) {
                throw broken(PHASES[i] + ": spent " + spent[i] + " and unspent " + unspent[i] + " must be >= 0");
            }
            scratch.add(spent[i]);
            scratch.add(unspent[i]);
        }
        if (Math.abs(scratch.nearest()) > tolerance) {
            throw broken("spent + unspent differs from the budget " + show(budgetFlops) + " by " + scratch);
        }
        for (int i = 0; i < PHASES.length; i++) {
            verifyPhase(i, tolerance);
        }
    }

    private void verifyPhase(int i, double tolerance) {
        if (!spent[i].nonNegative() || !unspent[i].nonNegative()) {
            throw broken(PHASES[i] + ": spent " + spent[i] + " and unspent " + unspent[i] + " must be >= 0");
        }
        scratch.set(allocated[i]);
        scratch.subtract(spent[i]);
        scratch.subtract(unspent[i]);
        if (Math.abs(scratch.nearest()) > tolerance) {
            throw broken(PHASES[i] + ": allocated " + allocated[i] + " differs from spent + unspent by " + scratch);
        }
    }

    private static IllegalStateException broken(String invariant) {
        return new IllegalStateException("ledger invariant broken: " + invariant);
    }

    private static void check(Phase phase, String name, double flops) {
        Checks.present("phase", phase);
        Checks.nonNegative(name, flops);
    }

    private static OverdraftException refused(Phase phase, String action, String why) {
        return new OverdraftException(phase, phase + ": cannot " + action + ": " + why);
    }

    private static String show(double flops) {
        return Checks.show(flops);
    }

    private static CompensatedSum[] accounts() {
        CompensatedSum[] accounts = new CompensatedSum[PHASES.length];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new CompensatedSum();
        }
        return accounts;
    }
}
