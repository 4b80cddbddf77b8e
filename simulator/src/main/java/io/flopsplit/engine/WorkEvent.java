package io.flopsplit.engine;

/**
 * The completion of a piece of work of some phase: when it fires, the kernel debits its
 * {@link #flops()} from its {@link #phase()} in the ledger, then hands it to the process that
 * scheduled it. FLOPs are paid when the work completes; work still in flight when the horizon ends
 * is neither done nor paid for.
 *
 * <p>Permitted: {@link SelectionBatch}, {@link TrainingChunk} and {@link Query}. A new phase adds
 * its work events here (see {@link Event}).
 */
public sealed interface WorkEvent extends Event permits SelectionBatch, TrainingChunk, Query {

    /** The ledger account this work is paid from. */
    Phase phase();

    /** FLOPs this work costs. */
    double flops();
}
