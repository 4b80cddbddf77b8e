package io.flopsplit.compute;

/**
 * How FLOPs are charged for training and inference of a dense transformer.
 *
 * <p>The defaults are the literature's conventions: pretraining costs {@code 6·N·D} FLOPs for a
 * model of N parameters trained on D tokens (Kaplan et al. 2020, arXiv 2001.08361, §2.1; Hoffmann
 * et al. 2022, arXiv 2203.15556, §3.3), and inference costs {@code 2·N} FLOPs per token processed,
 * prompt and generated tokens alike (Kaplan et al. 2020, Eq. 2.2; Sardana et al. 2024,
 * arXiv 2401.00448). A scenario may override both coefficients, e.g. to add attention FLOPs.
 *
 * @param trainingFlopsPerParamToken FLOPs per parameter per training token (6 by convention)
 * @param inferenceFlopsPerParamToken FLOPs per parameter per processed inference token (2)
 */
public record ComputeConvention(double trainingFlopsPerParamToken, double inferenceFlopsPerParamToken) {

    /** The standard convention: 6 FLOPs per parameter-token to train, 2 to infer. */
    public static final ComputeConvention STANDARD = new ComputeConvention(6, 2);

    public ComputeConvention {
        Checks.positive("trainingFlopsPerParamToken", trainingFlopsPerParamToken);
        Checks.positive("inferenceFlopsPerParamToken", inferenceFlopsPerParamToken);
    }

    /** FLOPs to train a model of {@code params} parameters on {@code tokens} tokens. */
    public double trainingFlops(double params, double tokens) {
        return trainingFlopsPerParamToken * params * tokens;
    }

    /** FLOPs for a model of {@code params} parameters to process {@code tokens} inference tokens. */
    public double inferenceFlops(double params, double tokens) {
        return inferenceFlopsPerParamToken * params * tokens;
    }

    /** The product N·D that a training budget of {@code flops} buys. */
    public double paramTokensFor(double trainingFlops) {
        return trainingFlops / trainingFlopsPerParamToken;
    }

    /**
     * The most tokens a model of {@code params} parameters trains on for at most {@code trainingFlops}:
     * D = C/(6N), stepped down by the ulp or two by which rounding may put {@link #trainingFlops}(N, D)
     * above C, so that an allocation built from it never asks for more than it was given.
     */
    public double tokensWithin(double params, double trainingFlops) {
        double tokens = paramTokensFor(trainingFlops) / params;
        while (tokens > 0 && trainingFlops(params, tokens) > trainingFlops) {
            tokens = Math.nextDown(tokens);
        }
        return tokens;
    }
}
