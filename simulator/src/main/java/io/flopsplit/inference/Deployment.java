package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeConvention;

/**
 * What one query costs to serve: the model's size, the prompt and answer lengths, and the FLOPs
 * convention (2·N FLOPs per processed token, prompt and generated tokens alike; Kaplan et al. 2020,
 * arXiv 2001.08361, Eq. 2.2).
 * Sampling strategies process the prompt once and each sampled answer once (its key/value cache is
 * shared), so k samples cost 2·N·(τ_in + k·τ_out) (Snell et al. 2024, arXiv 2408.03314, §7).
 *
 * @param params N, parameters of the answering model
 * @param promptTokens τ_in, tokens in the prompt
 * @param answerTokens τ_out, tokens in one answer
 * @param convention FLOPs per parameter-token
 */
public record Deployment(double params, double promptTokens, double answerTokens, ComputeConvention convention) {

    public Deployment {
        Checks.positive("params", params);
        Checks.nonNegative("promptTokens", promptTokens);
        Checks.positive("answerTokens", answerTokens);
        Checks.present("convention", convention);
    }


    /** The same deployment for a model of another size. */
    public Deployment withParams(double otherParams) {
        return new Deployment(otherParams, promptTokens, answerTokens, convention);
    }

    /** FLOPs for this model to process {@code tokens} tokens. */
    public double flops(double tokens) {
        return convention.inferenceFlops(params, tokens);
    }

    /** One answer: 2·N·(τ_in + τ_out). */
    public double singleAnswerFlops() {
        return samplingFlops(1);
    }

    /** k sampled answers to one prompt, prompt counted once: 2·N·(τ_in + k·τ_out). */
    public double samplingFlops(double answers) {
        return flops(promptTokens + answers * answerTokens);
    }

    /** A verifier of {@code verifierParams} scoring k (prompt, answer) pairs: 2·N_v·k·(τ_in + τ_out). */
    public double scoringFlops(double verifierParams, double answers) {
        return convention.inferenceFlops(verifierParams, answers * (promptTokens + answerTokens));
    }
}
