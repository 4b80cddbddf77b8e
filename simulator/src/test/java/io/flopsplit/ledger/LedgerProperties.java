package io.flopsplit.ledger;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.flopsplit.ReRunHint;
import io.flopsplit.ledger.LedgerCommands.Allocate;
import io.flopsplit.ledger.LedgerCommands.AllocateRest;
import io.flopsplit.ledger.LedgerCommands.Debit;
import io.flopsplit.ledger.LedgerCommands.DebitNaiveRest;
import io.flopsplit.ledger.LedgerCommands.DebitReported;
import io.flopsplit.ledger.LedgerCommands.DebitUpTo;
import io.flopsplit.ledger.LedgerCommands.Reallocate;
import io.flopsplit.ledger.LedgerCommands.ReallocateUnspent;
import io.flopsplit.ledger.LedgerCommands.Release;
import io.flopsplit.ledger.LedgerCommands.TryDebit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;
import org.quicktheories.generators.Generate;

/**
 * Model-based test of the {@link Ledger}: random sequences of allocations,
 * reallocations, releases and debits, on budgets from 1e15 to 1e30 FLOPs, are run against an exact
 * decimal model ({@link LedgerModel}). After every command the ledger must agree with the model and
 * every invariant must hold ({@link LedgerInvariants}); overdrafts are refused and change nothing.
 */
@ExtendWith(ReRunHint.class)
public class LedgerProperties {

    private static final Gen<Phase> PHASES = Generate.enumValues(Phase.class);

    @Test
    void agreesWithTheExactModelAndKeepsEveryInvariant() {
        qt().forAll(budgets(), lists().of(commands()).ofSizeBetween(1, 60))
                .checkAssert((budget, commands) -> Sequential.modelCheck(LedgerModel.initial(budget), commands,
                        model -> new Ledger(model.budgetFlops()), LedgerModel::observed));
    }

    @Test
    void manyDebitsBelowOneUlpOfTheBudgetAreAllCounted() {
        qt().forAll(budgets(), integers().between(1, 2000), doubles().between(1, 1e6))
                .checkAssert((budget, count, flops) -> {
                    Ledger ledger = new Ledger(budget);
                    ledger.allocateRest(Phase.INFERENCE);
                    for (int i = 0; i < count; i++) {
                        ledger.debit(Phase.INFERENCE, flops);
                    }
                    double expected = count * flops;
                    org.junit.jupiter.api.Assertions.assertEquals(expected, ledger.spentFlops(Phase.INFERENCE),
                            expected * 1e-15);
                    LedgerInvariants.assertHold(ledger);
                });
    }

    /** Budgets across the whole range the design names, with both ends often. */
    public static Gen<Double> budgets() {
        Gen<Double> spread = doubles().between(15, 30).map(exponent -> Math.pow(10, exponent));
        return Generate.pick(List.of(1e15, 1e30)).mix(spread, 60);
    }

    /** Fractions of the budget: dyadic ones that add up exactly, arbitrary ones, tiny ones, and too-large ones. */
    static Gen<Double> fractions() {
        Gen<Double> dyadic = integers().between(0, 48).map(k -> k / 32.0);
        Gen<Double> arbitrary = doubles().between(0, 1.2);
        Gen<Double> tiny = doubles().between(-14, -3).map(exponent -> Math.pow(10, exponent));
        return dyadic.mix(arbitrary, 40).mix(tiny, 25);
    }

    @SuppressWarnings("unchecked")
    static Gen<Command<Ledger, LedgerModel>> commands() {
        Gen<Double> u = fractions();
        return Generate.oneOf(
                PHASES.zip(u, (phase, x) -> (Command<Ledger, LedgerModel>) new Allocate(phase, x)),
                PHASES.zip(u, (phase, x) -> (Command<Ledger, LedgerModel>) new Allocate(phase, x)),
                PHASES.map(phase -> (Command<Ledger, LedgerModel>) new AllocateRest(phase)),
                PHASES.zip(u, (phase, x) -> (Command<Ledger, LedgerModel>) new Release(phase, x)),
                PHASES.zip(PHASES, u, (from, to, x) -> (Command<Ledger, LedgerModel>) new Reallocate(from, to, x)),
                PHASES.zip(PHASES, (from, to) -> (Command<Ledger, LedgerModel>) new ReallocateUnspent(from, to)),
                PHASES.zip(u, (phase, x) -> (Command<Ledger, LedgerModel>) new Debit(phase, x)),
                PHASES.zip(u, (phase, x) -> (Command<Ledger, LedgerModel>) new Debit(phase, x)),
                PHASES.zip(u, (phase, x) -> (Command<Ledger, LedgerModel>) new TryDebit(phase, x)),
                PHASES.zip(u, (phase, x) -> (Command<Ledger, LedgerModel>) new DebitUpTo(phase, x)),
                PHASES.map(phase -> (Command<Ledger, LedgerModel>) new DebitReported(phase)),
                PHASES.map(phase -> (Command<Ledger, LedgerModel>) new DebitNaiveRest(phase)));
    }
}
