package io.flopsplit.inference;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Where sampled answers land: the right answer (class 0) with probability p, otherwise distractor j
 * (class j = 1..m) with probability (1 − p)·q_j ({@link io.flopsplit.tasks.Distractors}). Draws
 * whole batches exactly (multinomial counts as a chain of binomials) from the stream passed in.
 */
final class Answers {

    private final double[] shares;
    private final double[] cumulative;

    Answers(double[] distractorShares) {
        this.shares = distractorShares.clone();
        this.cumulative = new double[shares.length];
        double sum = 0;
        for (int j = 0; j < shares.length; j++) {
            sum += shares[j];
            cumulative[j] = sum;
        }
    }

    /** Number of classes: the right answer and the distractors. */
    int classes() {
        return shares.length + 1;
    }

    /** Counts of {@code k} samples per class (index 0 the right answer), into {@code counts}. */
    void counts(UniformRandomProvider rng, double p, int k, int[] counts) {
        counts[0] = Draws.binomial(rng, k, p);
        int remaining = k - counts[0];
        double remainingShare = 1;
        for (int j = 0; j < shares.length; j++) {
            double conditional = j == shares.length - 1 ? 1 : Math.min(1, shares[j] / remainingShare);
            int count = remaining > 0 ? Draws.binomial(rng, remaining, conditional) : 0;
            counts[j + 1] = count;
            remaining -= count;
            remainingShare -= shares[j];
        }
    }

    /** One wrong answer's class, 1..m. */
    int wrongClass(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        int j = 0;
        while (j < cumulative.length - 1 && u >= cumulative[j]) {
            j++;
        }
        return j + 1;
    }

    /** One fresh attempt's class: 0 with probability p, else a distractor. */
    int attempt(UniformRandomProvider rng, double p) {
        return rng.nextDouble() < p ? 0 : wrongClass(rng);
    }

    /** The index of the largest value, ties broken uniformly at random; −1 if every value is −∞. */
    static int argmax(double[] values, UniformRandomProvider rng) {
        int best = -1;
        int ties = 0;
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            if (values[i] > top) {
                top = values[i];
                best = i;
                ties = 1;
            } else if (values[i] == top && top > Double.NEGATIVE_INFINITY && rng.nextInt(++ties) == 0) {
                best = i;
            }
        }
        return best;
    }
}
