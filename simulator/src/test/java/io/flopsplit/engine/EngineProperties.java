package io.flopsplit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.flopsplit.ReRunHint;
import io.flopsplit.engine.training.PretrainingOutcome;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.LedgerInvariants;
import io.flopsplit.ledger.LedgerProperties;
import io.flopsplit.ledger.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of whole selection-then-pretraining trials on budgets from 1e15 to 1e30 FLOPs: the same
 * setup gives the same trial event for event; at every event the clock has not gone backwards, no
 * number is NaN or infinite and the ledger's invariants hold ({@link Trace}); no phase spends more
 * than it was allocated, and pretraining never more than its plan.
 */
@ExtendWith(ReRunHint.class)
class EngineProperties {

    @Test
    void theSameSetupGivesTheSameTrialEventForEvent() {
        qt().withExamples(150).forAll(setups()).checkAssert(setup -> {
            TrialSetup.Run first = setup.run();
            TrialSetup.Run second = setup.run();
            assertEquals(first.trace(), second.trace());
            assertEquals(first.training(), second.training());
        });
    }

    @Test
    void everyTrialKeepsTheLedgerAndTheClockSound() {
        qt().forAll(setups()).checkAssert(setup -> {
            TrialSetup.Run run = setup.run();
            List<Trace.Fired> trace = run.trace();
            assertTrue(trace.get(trace.size() - 1).event() instanceof HorizonEnd, "the horizon's end comes last");
            Ledger ledger = run.ledger();
            LedgerInvariants.assertHold(ledger);
            PretrainingOutcome training = run.training();
            double perToken = 6 * training.params();
            assertTrue(ledger.spentFlops(Phase.PRETRAINING) <= perToken * training.plannedTokens() * (1 + 1e-12));
            assertEquals(perToken * training.tokensTrained(), ledger.spentFlops(Phase.PRETRAINING),
                    1e-9 * ledger.spentFlops(Phase.PRETRAINING));
            assertEquals(0, ledger.spentFlops(Phase.INFERENCE));
            if (training.status() == PretrainingOutcome.Status.COMPLETED && setup.hook() != 3) {
                assertEquals(setup.selection().selectionFlops(), ledger.spentFlops(Phase.SELECTION),
                        1e-12 * ledger.budgetFlops());
            }
        });
    }

    static Gen<TrialSetup> setups() {
        Gen<Double> budgets = LedgerProperties.budgets();
        Gen<Double> shares = doubles().between(0.001, 0.5);
        Gen<Double> unit = doubles().between(0, 1);
        Gen<Double> pools = doubles().between(3, 13).map(exponent -> Math.pow(10, exponent));
        Gen<Double> use = doubles().between(0.01, 0.999);
        Gen<Double> kept = doubles().between(0.05, 1);
        Gen<Integer> chunks = integers().between(1, 120);
        Gen<Integer> batches = integers().between(1, 30);
        Gen<Integer> hooks = integers().between(0, 3);
        Gen<Double> peaks = doubles().between(12, 20);
        Gen<Double> horizons = Generate.pick(List.of(0.3, 0.9, 1.0, 2.0)).mix(doubles().between(0.01, 3), 50);
        Gen<String> laws = Generate.pick(List.of("chinchilla", "epoch", "kaplan", "muennighoff"));
        Gen<double[]> ledger = budgets.zip(shares, shares, (budget, selection, training) ->
                new double[] {budget, selection, training});
        Gen<double[]> data = pools.zip(use, kept, unit, (pool, scorer, keep, position) ->
                new double[] {pool, scorer, keep, position});
        Gen<double[]> timing = unit.zip(peaks, horizons, (plan, peak, horizon) ->
                new double[] {0.5 + plan / 2, peak, horizon});
        Gen<int[]> counts = chunks.zip(batches, hooks, integers().between(0, 60),
                (c, b, h, at) -> new int[] {c, b, h, at});
        return ledger.zip(data, timing, counts, laws, (l, d, t, c, law) -> new TrialSetup(l[0], l[1], l[2], d[0], d[1],
                d[2], d[3], t[0], c[0], c[1], c[2], c[3], t[1], t[2], law));
    }
}
