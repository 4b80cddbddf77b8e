package io.flopsplit.engine.training;

import io.flopsplit.compute.Checks;
import io.flopsplit.ledger.Phase;

/**
 * What a {@link TrainingHook} decides after a training chunk: go on as planned, stop (optionally
 * moving the unspent pretraining FLOPs to another phase, e.g. to inference), or resize the tokens
 * still to train — up or down, within what {@link Phase#PRETRAINING} can pay.
 */
public sealed interface TrainingDecision {

    /** Train on as planned. */
    static TrainingDecision proceed() {
        return Proceed.INSTANCE;
    }

    /** Stop training now; the unspent pretraining FLOPs stay where they are. */
    static TrainingDecision stop() {
        return new Stop(null);
    }

    /** Stop training now and move the unspent pretraining FLOPs to {@code phase}. */
    static TrainingDecision stopAndMoveUnspentTo(Phase phase) {
        return new Stop(Checks.present("phase", phase));
    }

    /** Train {@code tokens} more tokens from now on, instead of what the plan had left (0 is {@link #stop()}). */
    static TrainingDecision resizeRemaining(double tokens) {
        return new Resize(tokens);
    }

    /** Train on as planned. */
    enum Proceed implements TrainingDecision {
        INSTANCE
    }

    /**
     * Stop training now.
     *
     * @param moveUnspentTo the phase that receives the unspent pretraining FLOPs, or null to leave them
     */
    record Stop(Phase moveUnspentTo) implements TrainingDecision {
    }

    /**
     * Train {@code remainingTokens} more tokens, in chunks of the plan's size.
     *
     * @param remainingTokens tokens still to train, ≥ 0
     */
    record Resize(double remainingTokens) implements TrainingDecision {

        public Resize {
            Checks.nonNegative("remainingTokens", remainingTokens);
        }
    }
}
