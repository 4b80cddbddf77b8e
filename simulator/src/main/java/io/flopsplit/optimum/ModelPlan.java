package io.flopsplit.optimum;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.optimum.InfeasibleTargetException.Quantity;

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

    /**
     * {@link #of} for the answers of solvers to requests: a plan whose training, inference or total
     * FLOPs are beyond the range of doubles is refused, blaming {@code trainingBlame} for training
     * and the inference demand for serving, rather than holding an infinity.
     */
    static ModelPlan solved(double params, double tokens, double loss, double inferenceTokens,
                            ComputeConvention convention, Quantity trainingBlame) {
        double training = convention.trainingFlops(params, tokens);
        if (!Double.isFinite(training)) {
            throw new InfeasibleTargetException(trainingBlame, "training " + Checks.show(params) + " parameters on "
                    + Checks.show(tokens) + " tokens would cost more FLOPs than a double holds (1.8e308)");
        }
        double inference = convention.inferenceFlops(params, inferenceTokens);
        if (!Double.isFinite(inference + training)) {
            throw new InfeasibleTargetException(Quantity.INFERENCE_TOKENS, "serving " + Checks.show(inferenceTokens)
                    + " tokens with a model of " + Checks.show(params) + " parameters would cost more FLOPs than a"
                    + " double holds (1.8e308)");
        }
        return new ModelPlan(params, tokens, loss, inferenceTokens, training, inference);
    }

    /**
     * Whether the plan is a model that can exist: at least one parameter, trained on at least one
     * token. The closed forms answer any request, including with 2e-136 parameters.
     */
    public boolean isRealisable() {
        return params >= 1 && tokens >= 1;
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
