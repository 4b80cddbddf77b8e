package io.flopsplit.inference;

import java.util.Arrays;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.special.Gamma;

/**
 * Probability that the correct answer wins a plurality vote over k samples, ties broken uniformly
 * at random, when a sample is correct with probability p and otherwise lands on distractor j with
 * probability (1 − p)·q_j. The counts are multinomial. Writing T for the number of distractors tied
 * with the correct count c, the tie-broken win is E[1/(1 + T)] = ∫_0^1 Π_j (P(N_j &lt; c) + t·P(N_j = c)) dt,
 * a polynomial in t integrated exactly by Gauss–Legendre.
 *
 * <p>For k &lt;= {@value #EXACT_UP_TO} the multinomial is summed exactly (exponential generating
 * functions: P = Σ_c k!/c!·p^c·[x^(k−c)] Π_j e_j(x), with e_j the truncated exponential series of
 * (1 − p)·q_j·x). Above it the counts are Poissonised (N_j ~ Poisson(k·p_j) independently), which
 * keeps the cost at O(√k) per problem for k up to 1e6. The approximation's largest per-problem
 * error is about 0.005 at the switch (k = 25) and falls roughly like 1/k; averaged over a suite it
 * is far smaller (checked against the exact sum and against the sampler in tests).
 */
public final class PluralityVote {

    static final int EXACT_UP_TO = 24;
    private static final double TAIL_SDS = 10;

    private final double[] shares;
    private final double[] tieNodes;
    private final double[] tieWeights;

    public PluralityVote(double[] distractorShares) {
        this.shares = distractorShares.clone();
        GaussIntegrator legendre = new GaussIntegratorFactory().legendre(shares.length / 2 + 1, 0, 1);
        tieNodes = new double[legendre.getNumberOfPoints()];
        tieWeights = new double[tieNodes.length];
        for (int i = 0; i < tieNodes.length; i++) {
            tieNodes[i] = legendre.getPoint(i);
            tieWeights[i] = legendre.getWeight(i);
        }
    }

    /** P(the correct answer wins the vote). */
    public double success(double p, int k) {
        if (p <= 0 || p >= 1) {
            return p <= 0 ? 0 : 1;
        }
        double value = k <= EXACT_UP_TO ? exact(p, k) : poissonised(p, k);
        return Math.min(1, Math.max(0, value));
    }

    private double exact(double p, int k) {
        double total = 0;
        double logFactorialK = Gamma.logGamma(k + 1.0);
        for (int c = 1; c <= k; c++) {
            double prefix = Math.exp(logFactorialK - Gamma.logGamma(c + 1.0) + c * Math.log(p));
            // with more right answers than the rest (c > k − c) no distractor can tie: t drops out
            double untied = c > k - c ? coefficient(p, c, k - c, 0) : Double.NaN;
            double tieAverage = 0;
            for (int i = 0; i < tieNodes.length; i++) {
                tieAverage += tieWeights[i] * (c > k - c ? untied : coefficient(p, c, k - c, tieNodes[i]));
            }
            total += prefix * tieAverage;
        }
        return total;
    }

    /** [x^n] Π_j (Σ_{m&lt;c} (w_j·x)^m/m! + t·(w_j·x)^c/c!), with w_j = (1 − p)·q_j. */
    private double coefficient(double p, int c, int n, double t) {
        double[] product = new double[n + 1];
        product[0] = 1;
        double[] next = new double[n + 1];
        double[] factor = new double[Math.min(c, n) + 1];
        for (double share : shares) {
            double w = (1 - p) * share;
            double term = 1;
            for (int m = 0; m < factor.length; m++) {
                factor[m] = m < c ? term : t * term;
                term *= w / (m + 1);
            }
            multiply(product, factor, n, next);
            double[] done = product;
            product = next;
            next = done;
        }
        return product[n];
    }

    /** {@code result} = a·b truncated at {@code degree} (result is overwritten). */
    private static void multiply(double[] a, double[] b, int degree, double[] result) {
        Arrays.fill(result, 0, degree + 1, 0);
        for (int i = 0; i <= degree; i++) {
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < b.length && i + j <= degree; j++) {
                result[i + j] += a[i] * b[j];
            }
        }
    }

    private double poissonised(double p, int k) {
        double correctMean = k * p;
        int low = (int) Math.max(1, Math.floor(correctMean - TAIL_SDS * Math.sqrt(correctMean) - TAIL_SDS));
        int high = (int) Math.ceil(correctMean + TAIL_SDS * Math.sqrt(correctMean) + TAIL_SDS);
        int m = shares.length;
        double[] means = new double[m];
        double[] below = new double[m];
        double[] at = new double[m];
        for (int j = 0; j < m; j++) {
            means[j] = k * (1 - p) * shares[j];
            below[j] = Gamma.regularizedGammaQ(low, means[j]);
            at[j] = poissonPmf(low, means[j]);
        }
        double correctAt = poissonPmf(low, correctMean);
        double total = 0;
        for (int c = low; c <= high; c++) {
            total += correctAt * tieAverage(below, at);
            correctAt *= correctMean / (c + 1);
            for (int j = 0; j < m; j++) {
                below[j] = Math.min(1, below[j] + at[j]);
                at[j] *= means[j] / (c + 1);
            }
        }
        return total;
    }

    private double tieAverage(double[] below, double[] at) {
        double sum = 0;
        for (int i = 0; i < tieNodes.length; i++) {
            double product = 1;
            for (int j = 0; j < below.length; j++) {
                product *= below[j] + tieNodes[i] * at[j];
            }
            sum += tieWeights[i] * product;
        }
        return sum;
    }

    private static double poissonPmf(int c, double mean) {
        if (mean <= 0) {
            return c == 0 ? 1 : 0;
        }
        return Math.exp(c * Math.log(mean) - mean - Gamma.logGamma(c + 1.0));
    }
}
