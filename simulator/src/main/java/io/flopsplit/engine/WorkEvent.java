package io.flopsplit.engine;

import io.flopsplit.ledger.Phase;

/**
 * The completion of a piece of work of some phase: when it fires, the kernel debits its
 * {@link #flops()} from its {@link #phase()} in the ledger, then hands it to the process that
 * scheduled it. FLOPs are paid when the work completes; work still in flight when the horizon ends
 * is neither done nor paid for.
 *
 * <p>Open, so that a phase in its own package adds its work events: the built-in phases'
 * are {@code engine.selection.SelectionBatch}, {@code engine.training.TrainingChunk} and
 * {@code engine.deployment.QueryBatch} (see {@link Event} for how a new phase extends the kernel).
 */
public non-sealed interface WorkEvent extends Event {

    /** The ledger account this work is paid from. */
    Phase phase();

    /** FLOPs this work costs. */
    double flops();
}
