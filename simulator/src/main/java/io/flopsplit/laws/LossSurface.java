package io.flopsplit.laws;

/**
 * Pretraining loss (nats per token) as a function of model size N (parameters) and training
 * tokens D, decreasing in both. Solvers work on surfaces so that they apply to any published law
 * and to a law restricted to a finite pool of unique tokens alike.
 */
public interface LossSurface {

    /** Stand-in for "unlimited": large enough that every law has reached its limit in double precision. */
    double UNLIMITED = Double.MAX_VALUE;

    /** Loss of a model of {@code params} parameters trained on {@code tokens} tokens. */
    double loss(double params, double tokens);

    /** The loss a model of {@code params} parameters approaches as its training tokens grow without bound. */
    default double lossWithUnlimitedTokens(double params) {
        return loss(params, UNLIMITED);
    }

    /** The infimum of the loss over all model sizes and token counts: no model reaches it. */
    default double irreducibleLoss() {
        return loss(UNLIMITED, UNLIMITED);
    }
}
