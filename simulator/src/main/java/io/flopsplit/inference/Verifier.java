package io.flopsplit.inference;

import io.flopsplit.compute.Checks;

/**
 * A learned verifier or process reward model: scores of correct answers are
 * N(d, 1), of wrong answers N(0, 1), so its ROC AUC is Φ(d/√2) and d = √2·Φ^-1(AUC) (the
 * equal-variance binormal model). Scoring costs 2·N_v FLOPs per scored token.
 *
 * @param auc probability that a correct answer outscores a wrong one, in (0.5, 1]
 * @param params N_v, parameters of the verifier
 */
public record Verifier(double auc, double params) {

    public Verifier {
        Checks.finite("auc", auc);
        if (auc <= 0.5 || auc > 1) {
            throw new IllegalArgumentException("auc: must be in (0.5, 1], was " + Checks.show(auc));
        }
        Checks.positive("params", params);
    }

    /** d, the separation of correct from wrong scores in standard deviations; infinite for AUC = 1. */
    public double separation() {
        return auc == 1 ? Double.POSITIVE_INFINITY : Math.sqrt(2) * Draws.inverseNormalCdf(auc);
    }
}
