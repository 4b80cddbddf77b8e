package io.flopsplit.data;

import io.flopsplit.compute.Checks;

/**
 * A proxy model that scores every token of a candidate pool so that the best part can be kept, at
 * {@code flopsPerParamToken · params} FLOPs per scored token.
 *
 * <p>Perplexity filtering costs one forward pass, 2·N_proxy per token (Ankner et al. 2024,
 * arXiv 2405.20541; Yin &amp; Rush 2024, arXiv 2410.16208); selection from gradient features, as in
 * DsDm (Engstrom et al. 2024, arXiv 2401.12926), costs about a forward and a backward pass,
 * ≈6·N_proxy per token (Yin &amp; Rush 2024); {@link SelectionMethod} holds both.
 *
 * @param params proxy model size N_proxy, in parameters
 * @param flopsPerParamToken c, FLOPs per proxy parameter per scored token
 */
public record ProxyScorer(double params, double flopsPerParamToken) {

    public ProxyScorer {
        Checks.positive("params", params);
        Checks.positive("flopsPerParamToken", flopsPerParamToken);
    }

    /** A perplexity scorer of {@code params} parameters (2·N_proxy per token). */
    public static ProxyScorer perplexity(double params) {
        return new ProxyScorer(params, SelectionMethod.PERPLEXITY.flopsPerParamToken());
    }

    /** A gradient-feature scorer of {@code params} parameters (≈6·N_proxy per token). */
    public static ProxyScorer gradient(double params) {
        return new ProxyScorer(params, SelectionMethod.GRADIENT.flopsPerParamToken());
    }

    /** FLOPs to score {@code tokens} tokens. */
    public double scoringFlops(double tokens) {
        return flopsPerParamToken * params * Checks.nonNegative("tokens", tokens);
    }

    /** Tokens that {@code flops} FLOPs can score. */
    public double tokensScoredBy(double flops) {
        return Checks.nonNegative("flops", flops) / (flopsPerParamToken * params);
    }
}
