package io.flopsplit.data;

import io.flopsplit.compute.Checks;

/**
 * Data selection: score the whole candidate pool with a proxy model and keep the best fraction f.
 * Quality raises the worth of each kept token by m ({@link QualityMultiplier}), the more so the
 * closer the selector is in size to the model trained on the kept data, but the unique pool shrinks
 * to f·U, so a long run repeats it and pays the repetition decay, with a repetition constant that
 * grows with the kept pool's quality ({@link TrainingData}). This is the quality–quantity trade-off
 * of Goyal et al. 2024 ("Scaling Laws for Data Filtering — Data Curation cannot be Compute
 * Agnostic", arXiv 2404.07177): aggressive filtering wins at small training compute and loses at
 * large compute, where the filtered pool is exhausted. The costs follow Yin &amp; Rush 2024
 * (arXiv 2410.16208).
 *
 * <p>This is a pure model: {@link #selectionFlops()} is what scoring costs; the engine's
 * selection phase spends it in batches on the simulated clock.
 *
 * @param pool the candidate pool
 * @param scorer the proxy model that scores every pool token
 * @param keptFraction f in (0, 1], the fraction of the pool kept
 * @param quality the selection signal and its decay with the trained:selector size ratio
 * @param repetitionQualityExponent κ in R*(m) = R_D*·m^κ
 */
public record DataSelection(DataPool pool, ProxyScorer scorer, double keptFraction, QualityMultiplier quality,
                            double repetitionQualityExponent) {

    public DataSelection {
        Checks.present("pool", pool);
        Checks.present("scorer", scorer);
        Checks.present("quality", quality);
        SelectionOptions.KEPT_FRACTION.check(keptFraction);
        SelectionOptions.REPETITION_QUALITY_EXPONENT.check(repetitionQualityExponent);
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

    /** r = N / N_proxy, the size of the trained model against the selector's. */
    public double sizeRatio(double trainedParams) {
        return Checks.positive("trainedParams", trainedParams) / scorer.params();
    }

    /** m(f; a(r)), the worth of a kept token to a model of {@code trainedParams} parameters. */
    public double qualityMultiplier(double trainedParams) {
        return quality.multiplier(keptFraction, sizeRatio(trainedParams));
    }

    /** The kept data as a model of {@code trainedParams} parameters sees it: f·U unique tokens, each worth m. */
    public TrainingData trainingData(double trainedParams) {
        return new TrainingData(keptUniqueTokens(), qualityMultiplier(trainedParams), repetitionQualityExponent);
    }
}
