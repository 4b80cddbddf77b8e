package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.WholeKey;

/**
 * How a model's wrong answers to a problem spread over distinct wrong final answers, which decides
 * whether majority voting can find the right one. A wrong attempt lands on
 * distractor j = 1..count with probability q_j ∝ j^(−zipfExponent): exponent 0 spreads wrong answers
 * evenly (majority vote recovers any p above 1/(count + 1)), a large exponent concentrates them on
 * one popular wrong answer (majority vote then needs p &gt; 1/2). Wu et al. 2024 (arXiv 2408.00724)
 * and Brown et al. 2024 (arXiv 2407.21787, §4) observe that voting saturates for this reason.
 *
 * @param count number of distinct wrong answers, at least 1
 * @param zipfExponent concentration of wrong answers on the most popular ones, &gt;= 0
 */
public record Distractors(int count, double zipfExponent) {

    /**
     * A suite file's {@code distractors.count}: at most 1,000 wrong answers, so that a vote's draws
     * and its plan (one binomial and one polynomial factor per distractor) stay bounded.
     */
    public static final WholeKey COUNT = Keys.whole("count", "Distinct wrong answers a vote can split over",
            SuitePresets.MATH_DISTRACTORS, 1, 1000);

    public Distractors {
        COUNT.check((long) count);
        Checks.nonNegative("zipfExponent", zipfExponent);
    }

    /** The shares q_1 &gt;= q_2 &gt;= ... of the wrong answers, summing to one. */
    public double[] shares() {
        double[] q = new double[count];
        double total = 0;
        for (int j = 0; j < count; j++) {
            q[j] = Math.pow(j + 1, -zipfExponent);
            total += q[j];
        }
        for (int j = 0; j < count; j++) {
            q[j] /= total;
        }
        return q;
    }
}
