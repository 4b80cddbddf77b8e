package io.flopsplit.laws;

import io.flopsplit.compute.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinchilla parametric loss L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022,
 * arXiv 2203.15556, Eq. 2 and App. D.2): an irreducible loss E, a term for the finite model and a
 * term for the finite data.
 *
 * <p>Under the training cost C = 6·N·D its compute-optimal allocation has the closed form of the
 * paper's Eq. 4: N_opt = G·(C/6)^a, D_opt = G^-1·(C/6)^b with G = (αA/(βB))^(1/(α+β)),
 * a = β/(α+β) and b = α/(α+β).
 *
 * @param e irreducible loss E (nats/token)
 * @param a model-size coefficient A
 * @param b data coefficient B
 * @param alpha model-size exponent α
 * @param beta data exponent β
 */
public record ChinchillaLaw(double e, double a, double b, double alpha, double beta) implements LossLaw {

    /** The exponents' allowed range. */
    public static final double MIN_EXPONENT = 1e-3;
    public static final double MAX_EXPONENT = 10;

    public ChinchillaLaw {
        Checks.nonNegative("E", e);
        Checks.positive("A", a);
        Checks.positive("B", b);
        Checks.inRange("alpha", alpha, MIN_EXPONENT, MAX_EXPONENT);
        Checks.inRange("beta", beta, MIN_EXPONENT, MAX_EXPONENT);
    }

    /**
     * Whether the constants make a law, as the constructor checks, without making one: a cheap test
     * for draws that are redrawn when invalid.
     */
    public static boolean valid(double e, double a, double b, double alpha, double beta) {
        return e >= 0 && e < Double.POSITIVE_INFINITY && a > 0 && a < Double.POSITIVE_INFINITY && b > 0
                && b < Double.POSITIVE_INFINITY && alpha >= MIN_EXPONENT && alpha <= MAX_EXPONENT
                && beta >= MIN_EXPONENT && beta <= MAX_EXPONENT;
    }

    @Override
    public double loss(double params, double tokens) {
        return e + modelTerm(params) + dataTerm(tokens);
    }

    @Override
    public double lossWithUnlimitedTokens(double params) {
        return e + modelTerm(params);
    }

    @Override
    public double irreducibleLoss() {
        return e;
    }

    /** The reducible loss due to the finite model, A/N^α. */
    public double modelTerm(double params) {
        return a / Math.pow(Checks.positive("params", params), alpha);
    }

    /** The reducible loss due to the finite data, B/D^β. */
    public double dataTerm(double tokens) {
        return b / Math.pow(Checks.positive("tokens", tokens), beta);
    }

    /** G = (αA/(βB))^(1/(α+β)) of Hoffmann et al. Eq. 4. */
    public double g() {
        return Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
    }

    /** The exponent a = β/(α+β) with which the optimal model size grows in compute. */
    public double paramsExponent() {
        return beta / (alpha + beta);
    }

    /** The exponent b = α/(α+β) with which the optimal token count grows in compute. */
    public double tokensExponent() {
        return alpha / (alpha + beta);
    }

    /**
     * The compute-optimal model size for a run of {@code tokens} tokens: the N whose optimal token
     * count is {@code tokens}, N = G·(G·D)^(β/α).
     */
    public double computeOptimalParamsForTokens(double tokens) {
        double g = g();
        return g * Math.pow(g * Checks.positive("tokens", tokens), beta / alpha);
    }

    @Override
    public String form() {
        return "chinchilla-form";
    }

    @Override
    public Map<String, Double> constants() {
        Map<String, Double> constants = new LinkedHashMap<>();
        constants.put("E", e);
        constants.put("A", a);
        constants.put("B", b);
        constants.put("alpha", alpha);
        constants.put("beta", beta);
        return constants;
    }
}
