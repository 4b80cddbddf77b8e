package io.flopsplit.inference;

/**
 * Binomial probability vectors by recurrence from the mode-side end (the end holding the larger
 * of (1 − q)^m and q^m), so no term underflows for m up to ~1000 and each vector costs O(m).
 */
final class Binomials {

    private Binomials() {
    }

    /** P(X = i) for X ~ Binomial(m, q), i = 0..maxIndex (entries past m are 0). */
    static double[] pmf(int m, double q, int maxIndex) {
        double[] result = new double[maxIndex + 1];
        if (m == 0 || q <= 0) {
            result[0] = 1;
            return result;
        }
        if (q >= 1) {
            if (m <= maxIndex) {
                result[m] = 1;
            }
            return result;
        }
        if (q <= 0.5) {
            double ratio = q / (1 - q);
            double term = Math.exp(m * Math.log1p(-q));
            for (int i = 0; i <= Math.min(m, maxIndex); i++) {
                result[i] = term;
                term *= ratio * (m - i) / (i + 1);
            }
            return result;
        }
        double ratio = (1 - q) / q;
        double term = Math.exp(m * Math.log(q));
        for (int i = m; i >= 0; i--) {
            if (i <= maxIndex) {
                result[i] = term;
            }
            term *= ratio * i / (m - i + 1);
        }
        return result;
    }

    /**
     * P(X = r), r = 0..m, for X ~ Binomial(m, p) given log p and log(1 − p): each term in logs, so
     * that both tails keep their relative accuracy when p (or 1 − p) is far below 1e-300.
     */
    static double[] pmfFromLogs(int m, double logP, double logQ) {
        double[] pmf = new double[m + 1];
        double logChoose = 0;
        for (int r = 0; r <= m; r++) {
            pmf[r] = Math.exp(logChoose + r * logP + (m - r) * logQ);
            logChoose += Math.log(m - r) - Math.log(r + 1.0);
        }
        return pmf;
    }
}
