package io.flopsplit.fit;

import io.flopsplit.compute.Checks;

/**
 * One training run: a model of N parameters trained on D tokens reached a final loss L
 * (nats/token).
 *
 * @param params model size N (parameters)
 * @param tokens training tokens D
 * @param loss final loss L
 */
public record Run(double params, double tokens, double loss) {

    public Run {
        Checks.positive("params", params);
        Checks.positive("tokens", tokens);
        Checks.positive("loss", loss);
    }
}
