package io.flopsplit.data;

import io.flopsplit.compute.Checks;

/**
 * How data selection is done when a policy selects: a proxy model of {@code proxyParams}
 * parameters scores the whole pool at {@code flopsPerParamToken}·N_proxy FLOPs per token (2 for
 * perplexity, about 6 for gradient features; Yin and Rush 2024, arXiv 2410.16208) and the best
 * {@code keptFraction} is kept, each kept token worth m(f) = min(f^−γ, m_max) pool tokens (Goyal et
 * al. 2024, arXiv 2404.07177; DsDm, arXiv 2401.12926, reports about a 2× compute multiplier).
 *
 * @param proxyParams proxy model size (parameters)
 * @param flopsPerParamToken FLOPs per proxy parameter per scored token
 * @param keptFraction share of the pool kept, in (0, 1]
 * @param quality the effective-data multiplier of the kept tokens
 */
public record SelectionOptions(double proxyParams, double flopsPerParamToken, double keptFraction,
                               QualityMultiplier quality) {

    /** A 125M perplexity scorer keeping 30% of the pool, worth up to 2× (γ = 0.5). */
    public static final SelectionOptions DEFAULTS =
            new SelectionOptions(125e6, ProxyScorer.PERPLEXITY_FLOPS_PER_PARAM_TOKEN, 0.3, new QualityMultiplier(0.5, 2));

    public SelectionOptions {
        Checks.positive("proxyParams", proxyParams);
        Checks.positive("flopsPerParamToken", flopsPerParamToken);
        Checks.inRange("keptFraction", keptFraction, 1e-9, 1);
        Checks.present("quality", quality);
    }

    /** The selection of {@code pool} these options describe. */
    public DataSelection of(DataPool pool) {
        return new DataSelection(pool, new ProxyScorer(proxyParams, flopsPerParamToken), keptFraction, quality);
    }
}
