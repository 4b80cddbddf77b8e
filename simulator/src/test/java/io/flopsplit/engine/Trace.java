package io.flopsplit.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flopsplit.engine.deployment.QueryBatch;
import io.flopsplit.engine.training.TrainingChunk;
import io.flopsplit.ledger.BudgetView;
import io.flopsplit.ledger.LedgerInvariants;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every event a simulation runs, with its time, and checks at each one that the clock has
 * not gone backwards, that no number in the event is NaN or infinite, and that the ledger's
 * invariants hold.
 */
public final class Trace implements EventListener {

    /** One event as it ran. */
    public record Fired(double timeHours, Event event) {
    }

    private final List<Fired> fired = new ArrayList<>();
    private final BudgetView budget;

    public Trace(BudgetView budget) {
        this.budget = budget;
    }

    @Override
    public void onEvent(double timeHours, Event event) {
        double previous = fired.isEmpty() ? 0 : fired.get(fired.size() - 1).timeHours();
        assertTrue(Double.isFinite(timeHours) && timeHours >= previous,
                () -> "clock went from " + previous + " h to " + timeHours + " h at " + event);
        if (event instanceof TrainingChunk chunk) {
            assertTrue(Double.isFinite(chunk.lossSoFar()) && Double.isFinite(chunk.effectiveTokensSoFar()),
                    () -> "non-finite chunk " + chunk);
        }
        if (event instanceof QueryBatch batch) {
            assertTrue(Double.isFinite(batch.flops()) && Double.isFinite(batch.correctQueries()),
                    () -> "non-finite batch " + batch);
        }
        if (budget != null) {
            LedgerInvariants.assertHold(budget);
        }
        fired.add(new Fired(timeHours, event));
    }

    public List<Fired> fired() {
        return fired;
    }

    public List<Event> events() {
        return fired.stream().map(Fired::event).toList();
    }

    public Fired last() {
        return fired.get(fired.size() - 1);
    }
}
