package io.flopsplit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.engine.EventListener;
import io.flopsplit.engine.deployment.QueryBatch;
import io.flopsplit.engine.training.TrainingChunk;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.Ledger;
import io.flopsplit.ledger.Phase;
import io.flopsplit.policy.ChinchillaPolicy;
import io.flopsplit.random.RandomStreams;
import io.flopsplit.scenario.Worlds;
import io.flopsplit.trial.Trial;
import io.flopsplit.trial.World;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit of a trial finds nothing in a sound trial, and bites when the ledger and the events
 * disagree, when a phase spends beyond its account, or when the clock goes backwards — failures no
 * policy can cause through the policy interface, so they are shown on a ledger tampered with here.
 */
class EventAuditTest {

    private static TrainingChunk chunk(double flops) {
        return new TrainingChunk(0, 1e9, flops / 6e9, flops, flops / 6e9, flops / 6e9, 2.5, false);
    }

    @Test
    void aSoundTrialPassesTheAudit() {
        World world = Worlds.example(1e22, 1e6, 200);
        EventAudit audit = new EventAudit(world.horizonHours());
        var result = Trial.play(world, new ChinchillaPolicy(), new RandomStreams(7).next(), audit::watch);
        audit.finish(result);
        assertEquals(Map.of(), audit.violations());
        assertTrue(audit.steps().size() > 10, "events audited: " + audit.steps().size());
    }

    @Test
    void anEventTheLedgerWasNotDebitedForBreaksTheBalance() {
        Ledger ledger = Ledger.allocated(1e22, 0, 5e21, 5e21);
        EventListener audit = new EventAudit(100).watch(ledger);
        ledger.debit(Phase.PRETRAINING, 1e21);
        audit.onEvent(1, chunk(1e21));
        audit.onEvent(2, chunk(1e21));   // not debited
        Map<Invariant, String> found = ((EventAudit) audit).violations();
        assertEquals("after event 2 (TrainingChunk at 2 h), PRETRAINING has spent 1e21 FLOPs but its events cost 2e21",
                found.get(Invariant.LEDGER_BALANCES));
    }

    @Test
    void spendingBeyondTheAccountIsAnOverdraft() {
        // A ledger cannot be made to overspend, so the audit is shown a view that has.
        Ledger real = Ledger.allocated(1e22, 0, 1e21, 9e21);
        real.debit(Phase.PRETRAINING, 1e21);
        EventAudit audit = new EventAudit(100);
        audit.watch(new Shrunk(real, Phase.PRETRAINING, 5e20)).onEvent(1, chunk(1e21));
        assertEquals("after event 1 (TrainingChunk at 1 h), PRETRAINING has spent 1e21 FLOPs of its 5e20",
                audit.violations().get(Invariant.NO_OVERDRAFT));
    }

    /** A ledger's view that reports a smaller allocation for one phase than the ledger holds. */
    private record Shrunk(Ledger real, Phase phase, double allocatedFlops) implements BudgetView {
        @Override
        public double budgetFlops() {
            return real.budgetFlops();
        }

        @Override
        public double allocatedFlops(Phase asked) {
            return asked == phase ? allocatedFlops : real.allocatedFlops(asked);
        }

        @Override
        public double spentFlops(Phase asked) {
            return real.spentFlops(asked);
        }

        @Override
        public double unspentFlops(Phase asked) {
            return real.unspentFlops(asked);
        }

        @Override
        public double unallocatedFlops() {
            return real.unallocatedFlops();
        }

        @Override
        public double totalSpentFlops() {
            return real.totalSpentFlops();
        }

        @Override
        public double totalUnspentFlops() {
            return real.totalUnspentFlops();
        }

        @Override
        public boolean canAfford(Phase asked, double flops) {
            return real.canAfford(asked, flops);
        }
    }

    @Test
    void aClockThatGoesBackwardsOrPastTheHorizonIsCaught() {
        Ledger ledger = Ledger.allocated(1e22, 0, 5e21, 5e21);
        EventAudit audit = new EventAudit(100);
        EventListener listener = audit.watch(ledger);
        ledger.debit(Phase.INFERENCE, 10);
        listener.onEvent(5, new QueryBatch(0, 1, QueryBatch.Service.FULL, 1, 10, 1));
        ledger.debit(Phase.INFERENCE, 10);
        listener.onEvent(4, new QueryBatch(1, 1, QueryBatch.Service.FULL, 1, 10, 1));
        assertEquals("event 2 (QueryBatch at 4 h) runs after 5 h or beyond the horizon at 100 h",
                audit.violations().get(Invariant.CLOCK));
    }
}
