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
 * D_eff = m·D'(D, U). Because D' is homogeneous of degree one (D'(mD, mU) = m·D'(D, U)), this is
 * exactly a pool of m·U unique tokens trained on m·D — which is how {@link #loss} hands the data to
 * a law's own data-constrained form, so that {@code muennighoff}'s parameter decay sees the pool too.
 *
 * <p>A pool smaller than the run is not an error: a run of many epochs sees its effective data
 * saturate at m·(1 + R_D*)·U ≈ 16.4·m·U, and the loss flattens accordingly.
 *
 * @param uniqueTokens distinct tokens available to training, U ≥ 1
 * @param qualityMultiplier m ≥ 1, the worth of a token relative to the unfiltered pool's average
 */
public record TrainingData(double uniqueTokens, double qualityMultiplier) {

    /** The repetition decay that {@link LossLaw#loss(double, double, double)} applies by default. */
    public static final RepetitionDecay DECAY = RepetitionDecay.MUENNIGHOFF_2023;

    public TrainingData {
        Checks.inRange("uniqueTokens", uniqueTokens, 1, Double.MAX_VALUE);
        Checks.inRange("qualityMultiplier", qualityMultiplier, 1, 1e6);
    }

    /** A pool used as it is, without selection. */
    public static TrainingData unfiltered(DataPool pool) {
        return new TrainingData(Checks.present("pool", pool).uniqueTokens(), 1);
    }

    /** Effective tokens D_eff = m·D'(D, U) of a run of {@code tokens} tokens on this data. */
    public double effectiveTokens(double tokens) {
        return qualityMultiplier * DECAY.effectiveTokens(tokens, uniqueTokens);
    }

    /** Passes over the unique data that a run of {@code tokens} tokens makes, D/U. */
    public double epochs(double tokens) {
        return Checks.nonNegative("tokens", tokens) / uniqueTokens;
    }

    /** The loss under {@code law} of a model of {@code params} parameters after {@code tokens} tokens of this data. */
    public double loss(LossLaw law, double params, double tokens) {
        Checks.present("law", law);
        Checks.positive("tokens", tokens);
        return law.loss(params, qualityMultiplier * tokens, qualityMultiplier * uniqueTokens);
    }
}
