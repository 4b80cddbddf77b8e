package io.flopsplit.data;

import io.flopsplit.compute.Checks;

/**
 * Data selection: score the whole candidate pool with a proxy model and keep the
 * best fraction f. Quality raises the worth of each kept token by m(f), but the unique pool shrinks
 * to f·U, so a long run repeats it and pays the repetition decay. This is the quality–quantity
 * trade-off of Goyal et al. 2024 ("Scaling Laws for Data Filtering — Data Curation cannot be Compute
 * Agnostic", arXiv 2404.07177): aggressive filtering wins at small training compute and loses at
 * large compute, where the filtered pool is exhausted. The costs follow Yin &amp; Rush 2024
 * (arXiv 2410.16208), and DsDm (Engstrom et al. 2024, arXiv 2401.12926) gives the magnitude of the
 * gain (≈2× compute).
 *
 * <p>This is a pure model: {@link #selectionFlops()} is what scoring costs; the engine's
 * selection phase spends it in batches on the simulated clock.
 *
 * @param pool the candidate pool
 * @param scorer the proxy model that scores every pool token
 * @param keptFraction f in (0, 1], the fraction of the pool kept
 * @param quality m(f), the worth of a kept token
 */
public record DataSelection(DataPool pool, ProxyScorer scorer, double keptFraction, QualityMultiplier quality) {

    public DataSelection {
        Checks.present("pool", pool);
        Checks.present("scorer", scorer);
        Checks.present("quality", quality);
        Checks.inRange("keptFraction", keptFraction, Double.MIN_NORMAL, 1);
        if (keptFraction * pool.uniqueTokens() < 1) {
            throw new IllegalArgumentException("keptFraction: keeps fewer than one unique token of the pool's "
                    + Checks.show(pool.uniqueTokens()) + ", was " + Checks.show(keptFraction));
        }
    }

    /** FLOPs to score every token of the pool, c·N_proxy·P. */
    public double selectionFlops() {
        return scorer.scoringFlops(pool.tokens());
    }

    /** Tokens to score: the whole pool, P. */
    public double tokensToScore() {
        return pool.tokens();
    }

    /** Tokens kept, f·P. */
    public double keptTokens() {
        return keptFraction * pool.tokens();
    }

    /** Unique tokens kept, f·U. */
    public double keptUniqueTokens() {
        return keptFraction * pool.uniqueTokens();
    }

    /** m(f), the worth of a kept token relative to the pool's average. */
    public double qualityMultiplier() {
        return quality.multiplier(keptFraction);
    }

    /** The kept data as training sees it: f·U unique tokens, each worth m(f). */
    public TrainingData trainingData() {
        return new TrainingData(keptUniqueTokens(), qualityMultiplier());
    }

    /** Effective tokens of a run of {@code tokens} tokens on the kept data, m(f)·D'(D, f·U). */
    public double effectiveTokens(double tokens) {
        return trainingData().effectiveTokens(tokens);
    }
}
