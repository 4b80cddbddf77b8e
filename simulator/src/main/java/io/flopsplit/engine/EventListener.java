package io.flopsplit.engine;

/**
 * Observes every event a {@link Simulation} runs, in order, with its time: for traces, metrics and
 * the determinism tests. Called after the ledger has been debited and before the owning process
 * reacts.
 */
@FunctionalInterface
public interface EventListener {

    /** A listener that ignores everything. */
    EventListener NONE = (timeHours, event) -> { };

    /** {@code event} runs at {@code timeHours}. */
    void onEvent(double timeHours, Event event);
}
