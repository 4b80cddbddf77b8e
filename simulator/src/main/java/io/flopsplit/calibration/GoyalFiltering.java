package io.flopsplit.calibration;

import io.flopsplit.data.TrainingData;
import io.flopsplit.laws.RepetitionDecay;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Goyal et al. 2024 ("Scaling Laws for Data Filtering — Data Curation cannot be Compute Agnostic",
 * arXiv 2404.07177), as their released code and constants state it, and the fit of the
 * repetition-quality exponent κ to it.
 *
 * <p>Their law (re-implemented from the form in their {@code objective.py}): after n samples on a
 * pool, the error is y = d + (a·n₀/10⁵)^b₀ after the first pass, and each later pass k multiplies it
 * by (n_k/n_{k−1})^(b_k), the utility b decaying with repetition as b_k = b·0.5^(k/τ) (τ a half-life
 * in passes). A pool made of several buckets averages their decayed utilities, each τ multiplied by
 * the number of buckets merged (as their aggregation code does). Constants
 * ({@code results/parameter_values.jsonl}, key {@code tmars_imagenet1k_utility}; DataComp medium,
 * T-MARS quality buckets of 12.8M samples, ImageNet error, d = 0.1, a = 0.025): utilities −0.16,
 * −0.125, −0.10, −0.085 and half-lives 74/11, 94/11, 58/11, 25/11 for the top 0–10%, 10–20%, 20–30%
 * and 30–40%; the mixed top-40% pool −0.12 and 6. Under their law the top-10% pool is overtaken by
 * the top-20% pool after 7.855 passes over the top-10% pool (1.005e8 samples).
 *
 * <p>flopsplit's form in their setting: each bucket's worth relative to the mixed pool is the m with
 * (m·x)^(b_mix) = x^b at one bucket pass (x = a·12.8M/10⁵ = 3.2), i.e. m = x^(b/b_mix − 1) (1.474
 * for the top 10%, 1.050 for the next); the top-20% pool is worth their mean. Repeated data decays
 * as Muennighoff's D' with R*(m) = R*₀·m^κ, R*₀ = τ_mix/ln 2 (their 0.5^(k/τ) is exp(−k/R*) with
 * R* = τ/ln 2). κ = 0.513 has the top-10% pool overtaken after the same 7.855 passes (κ = 0, one
 * repetition constant for every pool, gives 6.2). Regressing their half-lives on their utilities
 * instead gives κ ≈ 1.7, 0.6 to 2.4 leaving one bucket out: the sign (better data decays no faster)
 * is robust, the size is not.
 * What this does not capture: their setting is CLIP on image–text pairs, not language-model
 * pretraining.
 */
public final class GoyalFiltering {

    private static final double SCALE = 0.025;
    private static final double FLOOR = 0.1;
    private static final double NORMALISER = 1e5;
    /** Samples in one quality bucket. */
    public static final double BUCKET_SAMPLES = 12.8e6;
    private static final double[] UTILITY = {-0.16, -0.125, -0.10, -0.085};
    private static final double[] HALF_LIFE = {74.0 / 11, 94.0 / 11, 58.0 / 11, 25.0 / 11};
    private static final double MIXED_UTILITY = -0.12;
    private static final double MIXED_HALF_LIFE = 6;
    /** Passes over the top-10% pool after which their law has it overtaken by the top-20% pool (7.8548). */
    public static final double TOP10_OVERTAKEN_PASSES = 7.855;
    /** The largest number of passes searched. */
    private static final double MAX_PASSES = 1e4;

    private GoyalFiltering() {
    }

    /** Their law: the error after {@code samples} samples on the pool of the best {@code buckets} buckets. */
    public static double error(double samples, int buckets) {
        double perPass = BUCKET_SAMPLES * buckets;
        int passes = (int) Math.floor(samples / perPass);
        double error = FLOOR + Math.pow(SCALE * Math.min(perPass, samples) / NORMALISER, utility(0, buckets));
        for (int k = 1; k <= passes; k++) {
            double seen = Math.min(perPass * (k + 1), samples);
            error *= Math.pow(seen / (perPass * k), utility(k, buckets));
        }
        return error;
    }

    private static double utility(int pass, int buckets) {
        double sum = 0;
        for (int i = 0; i < buckets; i++) {
            sum += UTILITY[i] * Math.pow(0.5, pass / (HALF_LIFE[i] * buckets));
        }
        return sum / buckets;
    }

    /** Under their law, the passes over the top-10% pool after which the top-20% pool has the lower error. */
    public static double overtakenPasses() {
        DoubleUnaryOperator gap = logSamples -> error(Math.exp(logSamples), 1) - error(Math.exp(logSamples), 2);
        double low = Math.log(BUCKET_SAMPLES);
        double high = Math.log(BUCKET_SAMPLES * MAX_PASSES);
        return Math.exp(new BrentSolver(1e-12, 1e-12).solve(1000, gap::applyAsDouble, low, high)) / BUCKET_SAMPLES;
    }

    /** Worth of bucket {@code bucket} (0 = top 10%) relative to the mixed pool: x^(b/b_mix − 1). */
    public static double worth(int bucket) {
        double x = SCALE * BUCKET_SAMPLES / NORMALISER;
        return Math.pow(x, UTILITY[bucket] / MIXED_UTILITY - 1);
    }

    /** Half-life in passes of bucket {@code bucket}, as released. */
    public static double halfLife(int bucket) {
        return HALF_LIFE[bucket];
    }

    /** R*₀ = τ_mix/ln 2, the mixed pool's repetition constant in Muennighoff's form. */
    public static double mixedRepetitionConstant() {
        return MIXED_HALF_LIFE / Math.log(2);
    }

    /**
     * flopsplit's form in their setting: the passes over the top-10% pool after which the top-20%
     * pool (twice the unique data, worth the mean of the two best buckets) is worth more, with a
     * repetition-quality exponent {@code kappa}.
     *
     * @throws IllegalArgumentException if it is not overtaken within 10⁴ passes
     */
    public static double modelOvertakenPasses(double kappa) {
        TrainingData top10 = new TrainingData(1, worth(0), kappa);
        TrainingData top20 = new TrainingData(2, (worth(0) + worth(1)) / 2, kappa);
        RepetitionDecay base = TrainingData.DECAY.withTokensHalfLife(mixedRepetitionConstant());
        DoubleUnaryOperator gap = logPasses -> effective(top10, base, Math.exp(logPasses))
                - effective(top20, base, Math.exp(logPasses));
        double high = Math.log(MAX_PASSES);
        if (gap.applyAsDouble(high) > 0) {
            throw new IllegalArgumentException("kappa: the top-10% pool is never overtaken within "
                    + MAX_PASSES + " passes at kappa = " + kappa);
        }
        return Math.exp(new BrentSolver(1e-12, 1e-12).solve(1000, gap::applyAsDouble, 0, high));
    }

    private static double effective(TrainingData data, RepetitionDecay base, double tokens) {
        return data.qualityMultiplier() * data.decay(base).effectiveTokens(tokens, data.uniqueTokens());
    }

    /** The κ whose {@link #modelOvertakenPasses} is {@code passes}, by Brent's method on [−1, 3]. */
    public static double fitKappa(double passes) {
        return new BrentSolver(1e-10, 1e-10).solve(1000, kappa -> modelOvertakenPasses(kappa) - passes, -1, 3);
    }
}
