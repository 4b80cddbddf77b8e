package io.flopsplit.fit;

import io.flopsplit.compute.Checks;
import io.flopsplit.laws.ChinchillaLaw;

/**
 * The constants of the Chinchilla form in the parametrisation Hoffmann et al. 2022 fit
 * (arXiv 2203.15556, App. D.2): a = log A, b = log B, e = log E and the exponents, so that
 * log L(N, D) = LSE(a − α·log N, b − β·log D, e), with LSE the log-sum-exp. Any real a, b, e give
 * positive A, B, E, and the log-sum-exp is evaluated without overflow however far a start is from
 * the data.
 *
 * @param a log A
 * @param b log B
 * @param e log E
 * @param alpha the model-size exponent α
 * @param beta the data exponent β
 */
public record LogConstants(double a, double b, double e, double alpha, double beta) {

    /** How many constants the form has. */
    public static final int COUNT = 5;

    public LogConstants {
        Checks.finite("a", a);
        Checks.finite("b", b);
        Checks.finite("e", e);
        Checks.finite("alpha", alpha);
        Checks.finite("beta", beta);
    }

    /** The constants of {@code law}. */
    public static LogConstants of(ChinchillaLaw law) {
        if (law.e() <= 0) {
            throw new IllegalArgumentException("E: must be > 0 to take its log, was " + Checks.show(law.e()));
        }
        return new LogConstants(Math.log(law.a()), Math.log(law.b()), Math.log(law.e()), law.alpha(), law.beta());
    }

    /** From an array in the order a, b, e, α, β. */
    static LogConstants of(double[] values) {
        return new LogConstants(values[0], values[1], values[2], values[3], values[4]);
    }

    /** As an array in the order a, b, e, α, β. */
    double[] toArray() {
        return new double[] {a, b, e, alpha, beta};
    }

    /**
     * The law these constants describe.
     *
     * @throws IllegalArgumentException when they make no valid law (an exponent outside the range
     *     {@link ChinchillaLaw} accepts, or a coefficient that overflows)
     */
    public ChinchillaLaw law() {
        return new ChinchillaLaw(Math.exp(e), Math.exp(a), Math.exp(b), alpha, beta);
    }

    /** log L(N, D) at log N = {@code logParams} and log D = {@code logTokens}. */
    public double logLoss(double logParams, double logTokens) {
        double u = a - alpha * logParams;
        double v = b - beta * logTokens;
        double top = Math.max(u, Math.max(v, e));
        return top + Math.log(Math.exp(u - top) + Math.exp(v - top) + Math.exp(e - top));
    }

    /**
     * {@link #logLoss}, with its gradient with respect to (a, b, e, α, β) written into {@code out}:
     * the softmax weights w_N, w_D, w_E of the three terms and −w_N·log N, −w_D·log D.
     */
    double logLossWithGradient(double logParams, double logTokens, double[] out) {
        double u = a - alpha * logParams;
        double v = b - beta * logTokens;
        double top = Math.max(u, Math.max(v, e));
        double wu = Math.exp(u - top);
        double wv = Math.exp(v - top);
        double we = Math.exp(e - top);
        double sum = wu + wv + we;
        out[0] = wu / sum;
        out[1] = wv / sum;
        out[2] = we / sum;
        out[3] = -out[0] * logParams;
        out[4] = -out[1] * logTokens;
        return top + Math.log(sum);
    }
}
