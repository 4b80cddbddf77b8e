package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.engine.training.TrainingHook;
import io.flopsplit.keys.KeyValues;

/**
 * An allocation policy: splits a budget between data selection, pretraining and test-time compute,
 * and may react while pretraining runs. Implementations are immutable and thread-safe; everything
 * that varies by trial comes in through the {@link Forecast}. Each policy belongs to a registered
 * {@link PolicyType}, which gives its name, description and options.
 */
public interface Policy {

    /** Its type: name, description and options. */
    PolicyType<?> type();

    /** The name it reports under: its type's name unless a scenario labels it. */
    default String name() {
        return type().name();
    }

    /** One line: what it does and after whom. */
    default String description() {
        return type().description();
    }

    /** The values of its options, as its type writes them. */
    default KeyValues options() {
        return type().optionsOf(this);
    }

    /** The split for this forecast; {@code forecast.law()} is the law the policy believes. */
    Allocation allocate(Forecast forecast);

    /**
     * The split when the trial's truth is {@code truth}: its true law, demand and strategy
     * parameters. Policies decide from their belief and ignore it; only the oracle uses it.
     */
    default Allocation allocate(Forecast belief, Forecast truth) {
        return allocate(belief);
    }

    /**
     * Whether its allocation depends on the belief alone, so that it can be remembered per belief
     * and shared by every trial that has it: true unless its class overrides
     * {@link #allocate(Forecast, Forecast)} (as the oracle does); a wrapper delegates.
     */
    default boolean decidesFromBeliefAlone() {
        return TruthUse.ignoresTruth(getClass());
    }

    /** How it reacts to training chunks of {@code allocation}; by default it trains as planned. */
    default TrainingHook trainingHook(Forecast forecast, Allocation allocation) {
        return TrainingHook.PROCEED;
    }
}
