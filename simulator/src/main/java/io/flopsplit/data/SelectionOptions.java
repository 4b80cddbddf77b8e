package io.flopsplit.data;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;

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

    public static final NumberKey PROXY_PARAMS = Keys.number("proxyParams",
            "Size of the proxy model that scores the pool (parameters); 125M as Ankner et al. 2024", 125e6,
            Range.POSITIVE);
    public static final NumberKey FLOPS_PER_PARAM_TOKEN = Keys.number("flopsPerParamToken",
            "FLOPs per proxy parameter per scored token: 2 for perplexity, about 6 for gradient features (Yin and"
                    + " Rush 2024)", ProxyScorer.PERPLEXITY_FLOPS_PER_PARAM_TOKEN, Range.POSITIVE);
    public static final NumberKey KEPT_FRACTION = Keys.number("keptFraction", "Share of the pool kept", 0.3,
            Range.closed(1e-9, 1));
    public static final NumberKey GAMMA = Keys.number("gamma",
            "Kept tokens are worth min(keptFraction^-gamma, maxMultiplier) pool tokens (an assumption, not a fit)",
            0.5, Range.closed(0, 10));
    public static final NumberKey MAX_MULTIPLIER = Keys.number("maxMultiplier",
            "The cap on that worth; DsDm reports about a 2x compute multiplier (Engstrom et al. 2024)", 2,
            Range.closed(1, 1e6));

    public SelectionOptions {
        PROXY_PARAMS.check(proxyParams);
        FLOPS_PER_PARAM_TOKEN.check(flopsPerParamToken);
        KEPT_FRACTION.check(keptFraction);
        Checks.present("quality", quality);
    }

    /** The selection of {@code pool} these options describe. */
    public DataSelection of(DataPool pool) {
        return new DataSelection(pool, new ProxyScorer(proxyParams, flopsPerParamToken), keptFraction, quality);
    }
}
