package io.flopsplit.data;

import io.flopsplit.compute.Checks;

/**
 * A candidate pool of pretraining data: {@code tokens} in all, of which {@code uniqueTokens} are
 * distinct (the rest are duplicates). Training beyond the unique tokens repeats data, which is worth
 * less than fresh data (Muennighoff et al. 2023, arXiv 2305.16264).
 *
 * @param tokens pool size in tokens, P
 * @param uniqueTokens distinct tokens in the pool, U ≤ P
 */
public record DataPool(double tokens, double uniqueTokens) {

    public DataPool {
        Checks.inRange("tokens", tokens, 1, Double.MAX_VALUE);
        Checks.inRange("uniqueTokens", uniqueTokens, 1, tokens);
    }

    /** A pool without duplicates: every one of its {@code tokens} is unique. */
    public static DataPool ofUnique(double tokens) {
        return new DataPool(tokens, tokens);
    }
}
