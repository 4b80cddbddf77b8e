package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;

/**
 * A calibration point: "a model with pretraining loss L has pass@1 = p on this suite".
 * One anchor fixes the reference loss of the {@link AbilityScale}; two fix its scale too.
 *
 * @param loss pretraining loss in nats per token
 * @param passAt1 single-attempt accuracy on the suite, strictly between 0 and 1
 */
public record Anchor(double loss, double passAt1) {

    public Anchor {
        Checks.positive("loss", loss);
        Checks.probability("passAt1", passAt1);
        if (passAt1 == 0 || passAt1 == 1) {
            throw new IllegalArgumentException("passAt1: must be strictly between 0 and 1 to calibrate, was "
                    + Checks.show(passAt1));
        }
    }
}
