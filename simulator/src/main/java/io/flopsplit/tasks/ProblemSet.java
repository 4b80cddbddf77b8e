package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;
import java.util.function.ToDoubleFunction;

/**
 * A task suite met by one model: every node of the suite's difficulty quadrature as a
 * {@link Problem} with the model's ability, and its probability weight. Aggregate accuracy is the
 * weighted mean over problems. Nodes are ordered from easiest to hardest.
 */
public final class ProblemSet {

    private final DifficultyGrid grid;
    private final Problem[] problems;

    /** The problems of {@code grid} for a model of ability {@code ability}. */
    public ProblemSet(DifficultyGrid grid, double ability, double discrimination) {
        this.grid = Checks.present("grid", grid);
        this.problems = new Problem[grid.size()];
        for (int j = 0; j < problems.length; j++) {
            problems[j] = new Problem(grid.difficulty(j), ability, discrimination);
        }
    }

    /** Number of quadrature nodes. */
    public int size() {
        return problems.length;
    }

    /** Problem j (0 is the easiest). */
    public Problem problem(int j) {
        return problems[j];
    }

    /** Probability weight of problem j. */
    public double weight(int j) {
        return grid.weight(j);
    }

    /** The ability of the model. */
    public double ability() {
        return problems[0].ability();
    }

    /** E[f(problem)] over the suite. */
    public double mean(ToDoubleFunction<Problem> f) {
        double sum = 0;
        for (int j = 0; j < problems.length; j++) {
            sum += grid.weight(j) * f.applyAsDouble(problems[j]);
        }
        return sum;
    }

    /** Expected single-attempt accuracy E[p_i]. */
    public double passAt1() {
        return mean(Problem::passAt1);
    }

    /** Expected coverage 1 − E[(1 − p_i)^k] of k attempts. */
    public double coverage(double k) {
        return mean(problem -> problem.coverage(k));
    }

    /**
     * The difficulty bin (1..bins) of each problem: equal-probability bins of this model's pass@1,
     * bin 1 the easiest, as in Snell et al. 2024 (arXiv 2408.03314, §3.2), which bins questions
     * into quintiles of the base model's pass@1. A node straddling a boundary goes to the bin that
     * holds its midpoint.
     */
    public int[] binsByPassAt1(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins: must be >= 1, was " + bins);
        }
        int[] bin = new int[problems.length];
        double cumulative = 0;
        for (int j = 0; j < problems.length; j++) {
            double middle = cumulative + grid.weight(j) / 2;
            bin[j] = Math.min(bins, 1 + (int) Math.floor(middle * bins));
            cumulative += grid.weight(j);
        }
        return bin;
    }
}
