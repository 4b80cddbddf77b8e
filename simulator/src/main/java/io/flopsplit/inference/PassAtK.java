package io.flopsplit.inference;

/**
 * The unbiased pass@k estimator of Chen et al. 2021 ("Evaluating Large Language Models Trained on
 * Code", arXiv 2107.03374, Eq. 1 and Fig. 3): from n samples of which c are correct,
 * pass@k = 1 − C(n − c, k)/C(n, k), computed in the stable product form
 * 1 − Π_{i = n−c+1..n} (1 − k/i), here as −expm1(Σ log1p(−k/i)) so that n and k
 * in the tens of thousands lose no precision. It is 1 when n − c &lt; k.
 */
public final class PassAtK {

    private PassAtK() {
    }

    /** The unbiased estimate of pass@k from n samples with c correct; requires 1 &lt;= k &lt;= n, 0 &lt;= c &lt;= n. */
    public static double estimate(int n, int c, int k) {
        if (n < 1) {
            throw new IllegalArgumentException("n: must be >= 1, was " + n);
        }
        if (c < 0 || c > n) {
            throw new IllegalArgumentException("c: must be in [0, " + n + "], was " + c);
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k: must be in [1, " + n + "], was " + k);
        }
        if (n - c < k) {
            return 1;
        }
        double logMiss = 0;
        for (int i = n - c + 1; i <= n; i++) {
            logMiss += Math.log1p(-(double) k / i);
        }
        return -Math.expm1(logMiss);
    }
}
