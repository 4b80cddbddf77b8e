package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import java.util.Arrays;

/**
 * A deterministic quadrature of a difficulty distribution: difficulties b_j with probability
 * weights w_j summing to one, so that an expectation over problems is the weighted sum
 * Σ_j w_j f(b_j). Continuous distributions use equal-probability quantile (midpoint) nodes,
 * b_j = F^-1((j + 1/2)/n); an explicit list of problems uses each problem with weight 1/n.
 *
 * @param difficulties the nodes b_j, in increasing order
 * @param weights the probability weight of each node, positive, summing to one
 */
public record DifficultyGrid(double[] difficulties, double[] weights) {

    public DifficultyGrid {
        Checks.present("difficulties", difficulties);
        Checks.present("weights", weights);
        if (difficulties.length == 0 || difficulties.length != weights.length) {
            throw new IllegalArgumentException("difficulties: must be non-empty and match weights, was "
                    + difficulties.length + " nodes and " + weights.length + " weights");
        }
        difficulties = difficulties.clone();
        weights = weights.clone();
        double total = 0;
        for (int j = 0; j < difficulties.length; j++) {
            Checks.finite("difficulties[" + j + "]", difficulties[j]);
            total += Checks.positive("weights[" + j + "]", weights[j]);
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("weights: must sum to 1, was " + Checks.show(total));
        }
        sortByDifficulty(difficulties, weights);
    }

    /** Equal weights 1/n on the given difficulties. */
    public static DifficultyGrid equallyWeighted(double[] difficulties) {
        double[] weights = new double[difficulties.length];
        Arrays.fill(weights, 1.0 / difficulties.length);
        return new DifficultyGrid(difficulties, weights);
    }

    /** Number of nodes. */
    public int size() {
        return difficulties.length;
    }

    /** Difficulty of node j. */
    public double difficulty(int j) {
        return difficulties[j];
    }

    /** Weight of node j. */
    public double weight(int j) {
        return weights[j];
    }

    @Override
    public double[] difficulties() {
        return difficulties.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    private static void sortByDifficulty(double[] difficulties, double[] weights) {
        Integer[] order = new Integer[difficulties.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(difficulties[x], difficulties[y]));
        double[] b = difficulties.clone();
        double[] w = weights.clone();
        for (int j = 0; j < order.length; j++) {
            difficulties[j] = b[order[j]];
            weights[j] = w[order[j]];
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DifficultyGrid grid && Arrays.equals(difficulties, grid.difficulties)
                && Arrays.equals(weights, grid.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(difficulties) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "DifficultyGrid[" + difficulties.length + " nodes]";
    }
}
