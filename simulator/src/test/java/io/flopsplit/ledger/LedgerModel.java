package io.flopsplit.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference model for {@link LedgerProperties}: the ledger's accounts in exact decimal
 * arithmetic, with none of its compensated-summation machinery.
 *
 * <p>QuickTheories' {@code Sequential.modelCheck} compares the model with the ledger observed after
 * every command by {@code equals}. Both sides compare by their {@link View}: every account as the
 * ledger reports it, rounded to a double the way {@link BudgetView} documents (to the nearest for
 * allocated and spent, down for unspent and unallocated). A model holds its exact state as well;
 * one observed from a ledger holds only the view.
 */
final class LedgerModel {

    /** The ledger as seen through {@link BudgetView}: what the two sides must agree on. */
    record View(double budget, double unallocated, List<Double> allocated, List<Double> spent,
                List<Double> unspent) {
    }

    private final BigDecimal budget;
    private final BigDecimal unallocated;
    private final BigDecimal[] allocated;
    private final BigDecimal[] spent;
    private final View view;

    private LedgerModel(BigDecimal budget, BigDecimal unallocated, BigDecimal[] allocated, BigDecimal[] spent) {
        this.budget = budget;
        this.unallocated = unallocated;
        this.allocated = allocated;
        this.spent = spent;
        List<Double> allocatedView = new ArrayList<>();
        List<Double> spentView = new ArrayList<>();
        List<Double> unspentView = new ArrayList<>();
        for (int i = 0; i < allocated.length; i++) {
            allocatedView.add(allocated[i].doubleValue());
            spentView.add(spent[i].doubleValue());
            unspentView.add(floor(allocated[i].subtract(spent[i])));
        }
        this.view = new View(budget.doubleValue(), floor(unallocated), allocatedView, spentView, unspentView);
    }

    private LedgerModel(View view) {
        this.budget = null;
        this.unallocated = null;
        this.allocated = null;
        this.spent = null;
        this.view = view;
    }

    /** A fresh ledger's model: all of {@code budgetFlops} unallocated. */
    static LedgerModel initial(double budgetFlops) {
        BigDecimal[] zeros = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        return new LedgerModel(new BigDecimal(budgetFlops), new BigDecimal(budgetFlops), zeros, zeros.clone());
    }

    /** What the ledger reports, after checking the invariants it must never break. */
    static LedgerModel observed(Ledger ledger) {
        LedgerInvariants.assertHold(ledger);
        List<Double> allocated = new ArrayList<>();
        List<Double> spent = new ArrayList<>();
        List<Double> unspent = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            allocated.add(ledger.allocatedFlops(phase));
            spent.add(ledger.spentFlops(phase));
            unspent.add(ledger.unspentFlops(phase));
        }
        return new LedgerModel(new View(ledger.budgetFlops(), ledger.unallocatedFlops(), allocated, spent, unspent));
    }

    double budgetFlops() {
        return budget.doubleValue();
    }

    double allocated(Phase phase) {
        return allocated[phase.ordinal()].doubleValue();
    }

    double spent(Phase phase) {
        return spent[phase.ordinal()].doubleValue();
    }

    BigDecimal unspent(Phase phase) {
        return allocated[phase.ordinal()].subtract(spent[phase.ordinal()]);
    }

    /** The model after allocating {@code flops}, or unchanged if the unallocated budget cannot pay. */
    LedgerModel allocate(Phase phase, double flops) {
        BigDecimal x = new BigDecimal(flops);
        if (x.compareTo(unallocated) > 0) {
            return this;
        }
        return new LedgerModel(budget, unallocated.subtract(x), with(allocated, phase, x), spent);
    }

    /** The model after moving {@code flops} of unspent allocation from {@code from} to {@code to}; null means to unallocated. */
    LedgerModel move(Phase from, Phase to, BigDecimal x) {
        if (x.compareTo(unspent(from)) > 0) {
            return this;
        }
        BigDecimal[] moved = with(allocated, from, x.negate());
        if (to == null) {
            return new LedgerModel(budget, unallocated.add(x), moved, spent);
        }
        return new LedgerModel(budget, unallocated, with(moved, to, x), spent);
    }

    /** The model after debiting {@code x}, or unchanged if {@code phase} cannot pay. */
    LedgerModel debit(Phase phase, BigDecimal x) {
        if (x.compareTo(unspent(phase)) > 0) {
            return this;
        }
        return new LedgerModel(budget, unallocated, allocated, with(spent, phase, x));
    }

    /** The model after moving all of the unallocated budget to {@code phase}. */
    LedgerModel allocateRest(Phase phase) {
        return new LedgerModel(budget, BigDecimal.ZERO, with(allocated, phase, unallocated), spent);
    }

    /** The largest double not above {@code exact}. */
    static double floor(BigDecimal exact) {
        double nearest = exact.doubleValue();
        return new BigDecimal(nearest).compareTo(exact) > 0 ? Math.nextDown(nearest) : nearest;
    }

    private static BigDecimal[] with(BigDecimal[] accounts, Phase phase, BigDecimal delta) {
        BigDecimal[] changed = accounts.clone();
        changed[phase.ordinal()] = changed[phase.ordinal()].add(delta);
        return changed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerModel model && model.view.equals(view);
    }

    @Override
    public int hashCode() {
        return view.hashCode();
    }

    @Override
    public String toString() {
        return view.toString();
    }
}
