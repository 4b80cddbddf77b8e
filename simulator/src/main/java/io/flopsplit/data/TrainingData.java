package io.flopsplit.data;

import io.flopsplit.compute.Checks;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.laws.RepetitionDecay;

/**
 * The data a model is trained on, as the loss laws see it: {@code uniqueTokens} distinct tokens,
 * each worth {@code qualityMultiplier} average pool tokens.
 *
 * <p>Training on D tokens repeats the unique pool D/U times; repeated epochs pay the repetition decay
 * of Muennighoff et al. 2023 (arXiv 2305.16264, Eq. 5), and quality multiplies what is left:
 * D_eff = m·D'(D, U; R*(m)). The repetition constant depends on the pool's quality,
 * R*(m) = R_D*·m^κ, R_D* being the law's own (15.39 for every shipped law): with κ &gt; 0 a better
 * pool keeps its value over more epochs, as the fitted half-lives of Goyal et al. 2024
 * (arXiv 2404.07177, released constants) mostly do; κ = 0 is Muennighoff's decay for every pool, and
 * an unfiltered pool (m = 1) is unchanged whatever κ. Because D' is homogeneous of degree one
 * (D'(mD, mU) = m·D'(D, U) for any R*), this is exactly a pool of m·U unique tokens trained on m·D —
 * which is how {@link #loss} hands the data to a law's own data-constrained form, so that
 * {@code muennighoff}'s parameter decay (R_N*, usable parameters from m·U) sees the pool too.
 *
 * <p>A pool smaller than the run is not an error: a run of many epochs sees its effective data
 * saturate at m·(1 + R*(m))·U, and the loss flattens accordingly.
 *
 * @param uniqueTokens distinct tokens available to training, U ≥ 1
 * @param qualityMultiplier m ≥ 1, the worth of a token relative to the unfiltered pool's average
 * @param repetitionQualityExponent κ, the exponent of m in the repetition constant
 */
public record TrainingData(double uniqueTokens, double qualityMultiplier, double repetitionQualityExponent) {

    /** The repetition decay of every shipped law (Muennighoff et al. 2023's constants). */
    public static final RepetitionDecay DECAY = RepetitionDecay.MUENNIGHOFF_2023;

    public TrainingData {
        Checks.inRange("uniqueTokens", uniqueTokens, 1, Double.MAX_VALUE);
        Checks.inRange("qualityMultiplier", qualityMultiplier, 1, 1e9);
        SelectionOptions.REPETITION_QUALITY_EXPONENT.check(repetitionQualityExponent);
    }

    /** A pool used as it is, without selection. */
    public static TrainingData unfiltered(DataPool pool) {
        return unfiltered(Checks.present("pool", pool).uniqueTokens());
    }

    /** {@code uniqueTokens} unfiltered tokens, each worth one pool token. */
    public static TrainingData unfiltered(double uniqueTokens) {
        return new TrainingData(uniqueTokens, 1, 0);
    }

    /** The repetition decay of this data when {@code base} is the law's: R_D* replaced by R_D*·m^κ. */
    public RepetitionDecay decay(RepetitionDecay base) {
        Checks.present("base", base);
        if (qualityMultiplier == 1 || repetitionQualityExponent == 0) {
            return base;
        }
        return base.withTokensHalfLife(base.tokensHalfLife()
                * Math.exp(repetitionQualityExponent * Math.log(qualityMultiplier)));
    }

    /** Effective tokens D_eff = m·D'(D, U; R*(m)) of a run of {@code tokens} tokens, under {@link #DECAY}. */
    public double effectiveTokens(double tokens) {
        return qualityMultiplier * decay(DECAY).effectiveTokens(tokens, uniqueTokens);
    }

    /** Passes over the unique data that a run of {@code tokens} tokens makes, D/U. */
    public double epochs(double tokens) {
        return Checks.nonNegative("tokens", tokens) / uniqueTokens;
    }

    /** The loss under {@code law} of a model of {@code params} parameters after {@code tokens} tokens of this data. */
    public double loss(LossLaw law, double params, double tokens) {
        Checks.present("law", law);
        Checks.positive("tokens", tokens);
        return law.loss(params, qualityMultiplier * tokens, qualityMultiplier * uniqueTokens,
                decay(law.repetitionDecay()));
    }
}
