package io.flopsplit.inference;

import io.flopsplit.compute.ComputeConvention;

/** Deployments the tests share: a MATH-like query, a 200-token prompt and 280-token answers (Wu et al. 2024). */
public final class TestDeployments {

    private TestDeployments() {
    }

    /** A model of {@code params} parameters answering 200-token prompts with 280-token answers, 2·N FLOPs per token. */
    public static Deployment of(double params) {
        return new Deployment(params, 200, 280, ComputeConvention.STANDARD);
    }
}
