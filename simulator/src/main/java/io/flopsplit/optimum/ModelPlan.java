package io.flopsplit.optimum;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;

/**
 * A model to train and serve: its size, training tokens, the pretraining loss it reaches, and the
 * lifetime inference demand it serves, with the FLOPs of each.
 *
 * @param params model size N (parameters)
 * @param tokens training tokens D
 * @param loss pretraining loss reached (nats/token)
 * @param inferenceTokens lifetime inference demand served (tokens; 0 for none)
 * @param trainingFlops FLOPs to train
 * @param inferenceFlops FLOPs to serve the demand
 */
public record ModelPlan(double params, double tokens, double loss, double inferenceTokens,
                        double trainingFlops, double inferenceFlops) {

    public ModelPlan {
        Checks.positive("params", params);
        Checks.positive("tokens", tokens);
        Checks.finite("loss", loss);
        Checks.nonNegative("inferenceTokens", inferenceTokens);
        Checks.positive("trainingFlops", trainingFlops);
        Checks.nonNegative("inferenceFlops", inferenceFlops);
    }

    /** A plan whose FLOPs are charged under {@code convention}. */
    public static ModelPlan of(double params, double tokens, double loss, double inferenceTokens,
                               ComputeConvention convention) {
        return new ModelPlan(params, tokens, loss, inferenceTokens,
                convention.trainingFlops(params, tokens), convention.inferenceFlops(params, inferenceTokens));
    }

    /** Training tokens per parameter, D/N (about 20 for Chinchilla-optimal models). */
    public double tokensPerParam() {
        return tokens / params;
    }

    /** Training plus inference FLOPs. */
    public double totalFlops() {
        return trainingFlops + inferenceFlops;
    }
}
