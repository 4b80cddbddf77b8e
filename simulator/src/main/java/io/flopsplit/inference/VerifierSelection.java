package io.flopsplit.inference;

/**
 * Probability that the top-scored of k samples is correct, when each sample is correct with
 * probability p and scores are N(d, 1) for correct and N(0, 1) for wrong answers:
 * P = k·p·∫ φ(x − d)·G(x)^(k−1) dx with G(x) = p·Φ(x − d) + (1 − p)·Φ(x), the CDF of one score.
 * (The top sample is correct and scores x while all k − 1 others score below x.) G^(k−1) is
 * computed as exp((k − 1)·log1p(−Ḡ(x))) from the upper tail Ḡ, so k up to 1e6 stays exact;
 * the integral uses Simpson's rule on a fixed grid covering [−9, d + 9] in steps of 0.02, where the
 * tails, φ and Φ̄ are computed once per verifier.
 */
final class VerifierSelection {

    private static final double STEP = 0.02;
    private static final double REACH = 9;

    private final double separation;
    private final double[] correctDensity;
    private final double[] correctSurvival;
    private final double[] wrongSurvival;
    private final double[] simpsonWeights;

    VerifierSelection(double separation) {
        this.separation = separation;
        int intervals = 2 * (int) Math.ceil((2 * REACH + (Double.isFinite(separation) ? separation : 0)) / STEP / 2);
        int points = intervals + 1;
        correctDensity = new double[points];
        correctSurvival = new double[points];
        wrongSurvival = new double[points];
        simpsonWeights = new double[points];
        for (int j = 0; j < points; j++) {
            double x = -REACH + j * STEP;
            correctDensity[j] = Draws.normalDensity(x - separation);
            correctSurvival[j] = Draws.normalSurvival(x - separation);
            wrongSurvival[j] = Draws.normalSurvival(x);
            simpsonWeights[j] = STEP / 3 * (j == 0 || j == intervals ? 1 : (j % 2 == 1 ? 4 : 2));
        }
    }

    /** P(the top-scored of k samples is correct) for per-sample success probability p. */
    double success(double p, int k) {
        if (k == 1 || p <= 0 || p >= 1) {
            return p <= 0 ? 0 : (p >= 1 ? 1 : p);
        }
        if (!Double.isFinite(separation)) {
            return -Math.expm1(k * Math.log1p(-p));
        }
        double sum = 0;
        for (int j = 0; j < correctDensity.length; j++) {
            double tail = p * correctSurvival[j] + (1 - p) * wrongSurvival[j];
            double below = tail >= 1 ? 0 : Math.exp((k - 1) * Math.log1p(-tail));
            sum += simpsonWeights[j] * correctDensity[j] * below;
        }
        return Math.min(1, Math.max(0, k * p * sum));
    }
}
