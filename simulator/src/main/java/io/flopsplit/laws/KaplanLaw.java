package io.flopsplit.laws;

import io.flopsplit.compute.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The joint loss law of Kaplan et al. 2020 (arXiv 2001.08361, Eq. 1.5 and §4):
 * L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D, where N counts non-embedding parameters.
 *
 * <p>Its four constants are fitted together; they are not to be mixed with the paper's
 * single-variable fits L(N) = (8.8e13/N)^0.076 and L(D) = (5.4e13/D)^0.095, nor with its
 * compute-efficient frontier N_opt = 1.3e9·C^0.73 (C in PF-days), which is a separate fit.
 * The law has no irreducible term: its loss tends to zero with unlimited model and data.
 *
 * @param alphaN model-size exponent α_N
 * @param alphaD data exponent α_D
 * @param criticalParams N_c (non-embedding parameters)
 * @param criticalTokens D_c (tokens)
 */
public record KaplanLaw(double alphaN, double alphaD, double criticalParams, double criticalTokens)
        implements LossLaw {

    public KaplanLaw {
        Checks.inRange("alphaN", alphaN, 1e-3, 10);
        Checks.inRange("alphaD", alphaD, 1e-3, 10);
        Checks.positive("criticalParams", criticalParams);
        Checks.positive("criticalTokens", criticalTokens);
    }

    @Override
    public double loss(double params, double tokens) {
        double loss = Math.pow(modelTerm(params) + criticalTokens / Checks.positive("tokens", tokens), alphaD);
        if (!Double.isFinite(loss)) {
            throw new IllegalArgumentException("params: " + Checks.show(params) + " parameters and "
                    + Checks.show(tokens) + " tokens are too small for the Kaplan joint law (its loss overflows)");
        }
        return loss;
    }

    @Override
    public double lossWithUnlimitedTokens(double params) {
        return Math.pow(modelTerm(params), alphaD);
    }

    @Override
    public double irreducibleLoss() {
        return 0;
    }

    /** (N_c/N)^(α_N/α_D), the model's share of the bracket. */
    public double modelTerm(double params) {
        return Math.pow(criticalParams / Checks.positive("params", params), alphaN / alphaD);
    }

    @Override
    public String form() {
        return "kaplan-joint";
    }

    @Override
    public Map<String, Double> constants() {
        Map<String, Double> constants = new LinkedHashMap<>();
        constants.put("alphaN", alphaN);
        constants.put("alphaD", alphaD);
        constants.put("Nc", criticalParams);
        constants.put("Dc", criticalTokens);
        return constants;
    }
}
