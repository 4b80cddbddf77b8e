package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.OptionalNumberKey;

/**
 * A learned verifier or process reward model: scores of correct answers are
 * N(d, 1), of wrong answers N(0, 1), so its ROC AUC is Φ(d/√2) and d = √2·Φ^-1(AUC) (the
 * equal-variance binormal model). Scoring costs 2·N_v FLOPs per scored token.
 *
 * @param auc probability that a correct answer outscores a wrong one, in (0.5, 1]
 * @param params N_v, parameters of the verifier
 */
public record Verifier(double auc, double params) {

    /** AUCs a verifier may have: better than chance, at most perfect. */
    public static final Range AUC = Range.openClosed(0.5, 1);

    /** The size of the verifier and of the process reward model; left out, the answering model's. */
    public static final OptionalNumberKey PARAMS = new OptionalNumberKey("verifierParams",
            "Size of best-of-k's verifier and of beam search's process reward model (parameters);"
                    + " left out, as large as the answering model", Range.POSITIVE, 8e9);

    public Verifier {
        AUC.check("auc", auc);
        Checks.positive("params", params);
    }

    /** The verifier size {@code parameters} give for an answering model of {@code modelParams}. */
    public static double paramsFor(StrategyParameters parameters, double modelParams) {
        return parameters.get(PARAMS).orElse(modelParams);
    }

    /** d, the separation of correct from wrong scores in standard deviations; infinite for AUC = 1. */
    public double separation() {
        return auc == 1 ? Double.POSITIVE_INFINITY : Math.sqrt(2) * Draws.inverseNormalCdf(auc);
    }
}
