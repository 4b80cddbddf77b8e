package io.flopsplit.laws;

import io.flopsplit.compute.Checks;

/**
 * The value of repeated data and of excess parameters under a finite pool of unique tokens
 * (Muennighoff et al. 2023, "Scaling Data-Constrained Language Models", arXiv 2305.16264, Eq. 5).
 *
 * <p>With U unique tokens and R_D = D/U − 1 repeated epochs, the effective data is
 * D' = U + U·R_D*·(1 − exp(−R_D/R_D*)): four epochs are worth ≈3.73 epochs of fresh data, and
 * infinitely many at most 1 + R_D*. Parameters beyond what the unique data can use decay the same
 * way with R_N*.
 *
 * @param tokensHalfLife R_D*, the repetition count at which repeated data has lost 1 − 1/e of its value
 * @param paramsHalfLife R_N*, the same for excess parameters
 */
public record RepetitionDecay(double tokensHalfLife, double paramsHalfLife) {

    /** The constants fitted by Muennighoff et al. 2023 (their repository): R_D* = 15.387756, R_N* = 5.309743. */
    public static final RepetitionDecay MUENNIGHOFF_2023 = new RepetitionDecay(15.387756, 5.309743);

    public RepetitionDecay {
        Checks.positive("tokensHalfLife", tokensHalfLife);
        Checks.positive("paramsHalfLife", paramsHalfLife);
    }

    /** The same decay with the repetition constant of tokens R_D* replaced by {@code halfLife}. */
    public RepetitionDecay withTokensHalfLife(double halfLife) {
        return new RepetitionDecay(halfLife, paramsHalfLife);
    }

    /** Effective training tokens D' for {@code tokens} drawn from {@code uniqueTokens} unique ones. */
    public double effectiveTokens(double tokens, double uniqueTokens) {
        return decay(Checks.positive("tokens", tokens), Checks.positive("uniqueTokens", uniqueTokens),
                tokensHalfLife);
    }

    /** Effective parameters N' for {@code params} when only {@code usableParams} can be used by the data. */
    public double effectiveParams(double params, double usableParams) {
        return decay(Checks.positive("params", params), Checks.positive("usableParams", usableParams),
                paramsHalfLife);
    }

    private static double decay(double amount, double base, double halfLife) {
        if (amount <= base) {
            return amount;
        }
        double repeats = amount / base - 1;
        return base + base * halfLife * -Math.expm1(-repeats / halfLife);
    }
}
