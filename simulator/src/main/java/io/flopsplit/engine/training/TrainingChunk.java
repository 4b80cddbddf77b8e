package io.flopsplit.engine.training;

import io.flopsplit.compute.Checks;
import io.flopsplit.engine.WorkEvent;
import io.flopsplit.ledger.Phase;

/**
 * A chunk of pretraining done: it debits its FLOPs from {@link Phase#PRETRAINING}
 * and carries the loss reached so far, L(N, D_so_far) under the trial's law, with the data's unique
 * tokens and quality applied ({@link io.flopsplit.data.TrainingData#loss}). A {@link TrainingHook}
 * sees every chunk and may stop training or resize what remains.
 *
 * @param index the chunk's number, from 0
 * @param params model size N, parameters
 * @param tokens training tokens in this chunk
 * @param flops FLOPs this chunk costs
 * @param tokensSoFar training tokens once this chunk is done, D_so_far
 * @param effectiveTokensSoFar D_so_far after repetition decay and quality
 * @param lossSoFar the loss reached, nats per token
 * @param last whether the current plan ends with this chunk
 */
public record TrainingChunk(int index, double params, double tokens, double flops, double tokensSoFar,
                            double effectiveTokensSoFar, double lossSoFar, boolean last) implements WorkEvent {

    /** Training chunks run after selection batches and before deployment's events at the same time. */
    public static final int PRIORITY = 20;

    public TrainingChunk {
        Checks.nonNegative("index", index);
        Checks.positive("params", params);
        Checks.nonNegative("tokens", tokens);
        Checks.nonNegative("flops", flops);
        Checks.positive("tokensSoFar", tokensSoFar);
        Checks.positive("effectiveTokensSoFar", effectiveTokensSoFar);
        Checks.positive("lossSoFar", lossSoFar);
    }

    @Override
    public Phase phase() {
        return Phase.PRETRAINING;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
