package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.laws.LossLaw;

/**
 * An allocation policy: splits a budget between data selection, pretraining and test-time compute,
 * and may react while pretraining runs. Implementations are immutable and thread-safe; everything
 * that varies by trial comes in through the {@link Forecast}.
 */
public interface Policy {

    /** The name users select it by, e.g. {@code chinchilla}. */
    String name();

    /** One line: what it does and after whom. */
    String description();

    /** The split for this forecast; {@code forecast.law()} is the law the policy believes. */
    Allocation allocate(Forecast forecast);

    /**
     * The split when the trial's true law is {@code trueLaw}. Policies decide from their belief and
     * ignore it; only the oracle uses it.
     */
    default Allocation allocate(Forecast belief, LossLaw trueLaw) {
        return allocate(belief);
    }

    /** How it reacts to training chunks of {@code allocation}; by default it trains as planned. */
    default TrainingHook trainingHook(Forecast forecast, Allocation allocation) {
        return TrainingHook.PROCEED;
    }
}
