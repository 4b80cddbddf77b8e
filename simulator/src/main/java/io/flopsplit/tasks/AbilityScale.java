package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;

/**
 * Ability from pretraining loss, θ(L) = (L_ref − L)/s: linear in loss and
 * decreasing in it. L_ref is the loss of a model of ability 0; s is the loss drop (nats/token) that
 * raises ability by one unit. Usually calibrated from anchors ({@link Calibration}).
 *
 * @param referenceLoss L_ref, nats per token
 * @param lossScale s &gt; 0, nats per token per unit of ability
 */
public record AbilityScale(double referenceLoss, double lossScale) {

    public AbilityScale {
        Checks.finite("referenceLoss", referenceLoss);
        Checks.positive("lossScale", lossScale);
    }

    /** θ of a model with pretraining loss {@code loss}. */
    public double ability(double loss) {
        return (referenceLoss - Checks.finite("loss", loss)) / lossScale;
    }
}
