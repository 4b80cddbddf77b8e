package io.flopsplit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.quicktheories.core.stateful.Command;

/**
 * The commands of the ledger's model-based test. Amounts are a fraction {@code u} of the budget
 * (u > 1 asks for more than there is). A refused operation must throw the ledger's
 * {@link IllegalStateException} and change nothing; the model then stays as it was, and
 * {@code Sequential.modelCheck} catches any disagreement in either direction.
 */
final class LedgerCommands {

    private LedgerCommands() {
    }

    /** Runs an operation that may be refused; lets any other failure (a broken invariant) through. */
    static void refusable(Runnable operation) {
        try {
            operation.run();
        } catch (IllegalStateException refused) {
            if (refused.getMessage().startsWith("ledger invariant broken")) {
                throw refused;
            }
        }
    }

    record Allocate(Phase phase, double u) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            refusable(() -> ledger.allocate(phase, u * ledger.budgetFlops()));
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.allocate(phase, u * model.budgetFlops());
        }
    }

    record AllocateRest(Phase phase) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            ledger.allocateRest(phase);
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.allocateRest(phase);
        }
    }

    record Release(Phase phase, double u) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            refusable(() -> ledger.release(phase, u * ledger.budgetFlops()));
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.move(phase, null, new BigDecimal(u * model.budgetFlops()));
        }
    }

    record Reallocate(Phase from, Phase to, double u) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            refusable(() -> ledger.reallocate(from, to, u * ledger.budgetFlops()));
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.move(from, to, new BigDecimal(u * model.budgetFlops()));
        }
    }

    record ReallocateUnspent(Phase from, Phase to) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            ledger.reallocateUnspent(from, to);
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.move(from, to, model.unspent(from));
        }
    }

    record Debit(Phase phase, double u) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            refusable(() -> ledger.debit(phase, u * ledger.budgetFlops()));
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.debit(phase, new BigDecimal(u * model.budgetFlops()));
        }
    }

    /** {@code tryDebit} must answer exactly what {@code canAfford} said just before. */
    record TryDebit(Phase phase, double u) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            double flops = u * ledger.budgetFlops();
            boolean affordable = ledger.canAfford(phase, flops);
            assertEquals(affordable, ledger.tryDebit(phase, flops), "tryDebit disagrees with canAfford");
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.debit(phase, new BigDecimal(u * model.budgetFlops()));
        }
    }

    /** Debits at most {@code u} of the budget: all that is left when that is less. */
    record DebitUpTo(Phase phase, double u) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            ledger.debitUpTo(phase, u * ledger.budgetFlops());
        }

        public LedgerModel nextState(LedgerModel model) {
            BigDecimal wanted = new BigDecimal(u * model.budgetFlops());
            return model.debit(phase, wanted.min(model.unspent(phase)));
        }
    }

    /** Debits exactly what {@code unspentFlops} reports: never an overdraft, as BudgetView promises. */
    record DebitReported(Phase phase) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            ledger.debit(phase, ledger.unspentFlops(phase));
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.debit(phase, new BigDecimal(LedgerModel.floor(model.unspent(phase))));
        }
    }

    /**
     * Debits allocated − spent computed in plain doubles, which may exceed the exact unspent amount
     * by a rounding: the ledger must then refuse, exactly when the model does.
     */
    record DebitNaiveRest(Phase phase) implements Command<Ledger, LedgerModel> {
        public void run(Ledger ledger) {
            refusable(() -> ledger.debit(phase, naiveRest(ledger.allocatedFlops(phase), ledger.spentFlops(phase))));
        }

        public LedgerModel nextState(LedgerModel model) {
            return model.debit(phase, new BigDecimal(naiveRest(model.allocated(phase), model.spent(phase))));
        }

        private static double naiveRest(double allocated, double spent) {
            return Math.max(0, allocated - spent);
        }
    }
}
