package io.flopsplit.laws;

import io.flopsplit.compute.Checks;

/**
 * The single-variable power laws of Kaplan et al. 2020 (arXiv 2001.08361, Eq. 1.1 and 1.2):
 * L(N) = (N_c/N)^α_N for models trained to convergence on ample data, with N_c = 8.8e13 and
 * α_N = 0.076, and L(D) = (D_c/D)^α_D for large models trained with early stopping, with
 * D_c = 5.4e13 and α_D = 0.095. They are separate fits from the joint law ({@link KaplanLaw}),
 * whose constants differ, and must not be mixed with it.
 */
public final class KaplanSingleVariableFits {

    /** N_c of Eq. 1.1 (non-embedding parameters). */
    public static final double CRITICAL_PARAMS = 8.8e13;
    /** α_N of Eq. 1.1. */
    public static final double PARAMS_EXPONENT = 0.076;
    /** D_c of Eq. 1.2 (tokens). */
    public static final double CRITICAL_TOKENS = 5.4e13;
    /** α_D of Eq. 1.2. */
    public static final double TOKENS_EXPONENT = 0.095;

    private KaplanSingleVariableFits() {
    }

    /** L(N) = (8.8e13/N)^0.076, the loss of a model of N non-embedding parameters with ample data. */
    public static double lossForParams(double params) {
        return Math.pow(CRITICAL_PARAMS / Checks.positive("params", params), PARAMS_EXPONENT);
    }

    /** L(D) = (5.4e13/D)^0.095, the loss of a large model trained on D tokens with early stopping. */
    public static double lossForTokens(double tokens) {
        return Math.pow(CRITICAL_TOKENS / Checks.positive("tokens", tokens), TOKENS_EXPONENT);
    }
}
