package io.flopsplit.engine.training;

import io.flopsplit.ledger.BudgetView;

/**
 * Reacts to every finished chunk of pretraining: allocation policies implement it to stop
 * early, or to resize the rest of training, from the loss so far and the budget. The hook sees the budget read-only; the decision it returns is carried out by
 * the pretraining phase, which also moves FLOPs between phases when a {@link TrainingDecision.Stop}
 * asks for it.
 */
@FunctionalInterface
public interface TrainingHook {

    /** Always trains on as planned. */
    TrainingHook PROCEED = (nowHours, chunk, budget) -> TrainingDecision.proceed();

    /** Decides, at {@code nowHours}, what to do after {@code chunk}. */
    TrainingDecision onChunk(double nowHours, TrainingChunk chunk, BudgetView budget);
}
