package io.flopsplit.engine.training;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.data.TrainingData;
import io.flopsplit.laws.LossLaw;

/**
 * What to pretrain: a model of {@code params} parameters on {@code tokens} tokens of {@code data},
 * in {@code chunks} equal chunks, charged by {@code convention} (6·N·D by default),
 * with the loss read from {@code law}.
 *
 * @param law the loss law L(N, D, U)
 * @param data the training data: unique tokens and their quality
 * @param params model size N, parameters
 * @param tokens training tokens D, at least one
 * @param chunks how many chunk events training is played in
 * @param convention how training FLOPs are charged
 */
public record PretrainingPlan(LossLaw law, TrainingData data, double params, double tokens, int chunks,
                              ComputeConvention convention) {

    /** More chunks than this would make a trial's events grow without bound. */
    public static final int MAX_CHUNKS = 1_000_000;

    public PretrainingPlan {
        Checks.present("law", law);
        Checks.present("data", data);
        Checks.present("convention", convention);
        Checks.positive("params", params);
        Checks.inRange("tokens", tokens, 1, Double.MAX_VALUE);
        Checks.inRange("chunks", chunks, 1, MAX_CHUNKS);
        Checks.finite("flops", convention.trainingFlops(params, tokens));
    }

    /**
     * The plan that spends at most {@code trainingFlops} on a model of {@code params} parameters:
     * D = C/(6·N), rounded down so that 6·N·D never exceeds C.
     *
     * @throws IllegalArgumentException naming both amounts if the FLOPs cannot pay for one token:
     *     a budget too small for any training has no plan
     */
    public static PretrainingPlan forFlops(LossLaw law, TrainingData data, double params, double trainingFlops,
                                           int chunks, ComputeConvention convention) {
        Checks.present("convention", convention);
        Checks.positive("params", params);
        Checks.nonNegative("trainingFlops", trainingFlops);
        double perToken = convention.trainingFlops(params, 1);
        if (trainingFlops < perToken) {
            throw new IllegalArgumentException("trainingFlops: " + Checks.show(trainingFlops) + " FLOPs cannot train a "
                    + Checks.show(params) + "-parameter model on a single token (" + Checks.show(perToken)
                    + " FLOPs per token)");
        }
        double tokens = trainingFlops / perToken;
        while (convention.trainingFlops(params, tokens) > trainingFlops) {
            tokens = Math.nextDown(tokens);
        }
        return new PretrainingPlan(law, data, params, tokens, chunks, convention);
    }

    /** FLOPs the whole plan costs, C = 6·N·D by default. */
    public double flops() {
        return convention.trainingFlops(params, tokens);
    }

    /** FLOPs one token costs, 6·N by default. */
    public double flopsPerToken() {
        return convention.trainingFlops(params, 1);
    }

    /** Tokens in one chunk, D / chunks. */
    public double chunkTokens() {
        return tokens / chunks;
    }
}
