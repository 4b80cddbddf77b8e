package io.flopsplit.engine.selection;

import io.flopsplit.compute.Checks;
import io.flopsplit.engine.WorkEvent;
import io.flopsplit.ledger.Phase;

/**
 * A batch of the candidate pool scored by the proxy model: it debits its
 * scoring FLOPs from {@link Phase#SELECTION}.
 *
 * @param index the batch's number, from 0
 * @param tokens pool tokens this batch scores
 * @param flops FLOPs this batch costs
 * @param tokensSoFar pool tokens scored once this batch is done
 * @param last whether this batch completes the scoring
 */
public record SelectionBatch(int index, double tokens, double flops, double tokensSoFar, boolean last)
        implements WorkEvent {

    /** Selection batches run before training chunks at the same time. */
    public static final int PRIORITY = 10;

    public SelectionBatch {
        Checks.nonNegative("index", index);
        Checks.nonNegative("tokens", tokens);
        Checks.nonNegative("flops", flops);
        Checks.nonNegative("tokensSoFar", tokensSoFar);
    }

    @Override
    public Phase phase() {
        return Phase.SELECTION;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
