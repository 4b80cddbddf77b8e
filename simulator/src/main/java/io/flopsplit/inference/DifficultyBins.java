package io.flopsplit.inference;

import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.ProblemSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Equal-probability bins of a query's estimated difficulty, bin 0 the easiest, and how a query on
 * a given problem lands in them. With the {@link DifficultyEstimate#ORACLE oracle} the estimate is
 * the true difficulty b and the edges are the quantiles of the suite's pass@1 (Snell et al. 2024,
 * arXiv 2408.03314, §3.2, bin by the base model's pass@1; a node straddling an edge goes where its
 * midpoint lies), so each bin holds the same share of problems; with {@link ProbeScores probes} the
 * edges are the quantiles of the probe statistic over the suite (Brent's method on its mixture
 * distribution), and a problem of pass@1 p lands in bin j with the probability that its statistic
 * falls between edges j − 1 and j. Either way P(bin) is the suite's share, computed on the
 * problems the edges come from or, with {@link #sharesOn}, on the problems the plan is served on.
 */
final class DifficultyBins {

    private static final double EDGE_ACCURACY = 1e-10;
    private static final int EDGE_EVALUATIONS = 200;

    private final double[] edges;
    private final ProbeScores probes;
    private final double[] probabilities;

    private DifficultyBins(double[] edges, ProbeScores probes, ProblemSet problems) {
        this.edges = edges;
        this.probes = probes;
        this.probabilities = new double[edges.length + 1];
        for (int i = 0; i < problems.size(); i++) {
            double[] given = binProbabilities(problems.problem(i));
            for (int b = 0; b < probabilities.length; b++) {
                probabilities[b] += problems.weight(i) * given[b];
            }
        }
    }

    /** Bins of the true difficulty: the upper bound that knows each query's difficulty. */
    static DifficultyBins oracle(ProblemSet problems, int count) {
        int[] bin = problems.binsByPassAt1(count);
        double[] edges = new double[count - 1];
        Arrays.fill(edges, Double.POSITIVE_INFINITY);
        for (int i = 0; i + 1 < problems.size(); i++) {
            if (bin[i + 1] > bin[i]) {
                double edge = (problems.problem(i).difficulty() + problems.problem(i + 1).difficulty()) / 2;
                for (int b = bin[i]; b < bin[i + 1]; b++) {
                    edges[b - 1] = edge;
                }
            }
        }
        return new DifficultyBins(edges, null, problems);
    }

    /**
     * Bins of the probe statistic: edges at its quantiles j/count over {@code problems}. Every edge's
     * search starts from the same three points (the support's ends and middle), so the suite's cdf
     * is remembered per point within this call.
     */
    static DifficultyBins probed(ProblemSet problems, int count, ProbeScores probes) {
        double[] support = probes.support();
        double[] edges = new double[count - 1];
        BrentSolver solver = new BrentSolver(EDGE_ACCURACY);
        DoubleUnaryOperator suiteCdf = suiteCdf(problems, probes);
        for (int j = 1; j < count; j++) {
            double quantile = (double) j / count;
            edges[j - 1] = solver.solve(EDGE_EVALUATIONS, s -> suiteCdf.applyAsDouble(s) - quantile, support[0],
                    support[1]);
        }
        return new DifficultyBins(edges, probes, problems);
    }

    /**
     * The same bins with P(bin) taken over {@code served}: the problems the plan is served on, so that
     * its expected cost (each bin's option at its share) is the cost queries really incur, when the
     * edges came from a coarser grid.
     */
    DifficultyBins sharesOn(ProblemSet served) {
        return new DifficultyBins(edges, probes, served);
    }

    /**
     * P(D ≤ s) over the suite, Σ_j w_j·P(D ≤ s | problem j) in the order of {@link ProblemSet#mean},
     * each problem's distribution made once and each s evaluated once.
     */
    private static DoubleUnaryOperator suiteCdf(ProblemSet problems, ProbeScores probes) {
        ProbeScores.Given[] given = new ProbeScores.Given[problems.size()];
        for (int i = 0; i < given.length; i++) {
            given[i] = probes.given(problems.problem(i));
        }
        Map<Double, Double> known = new HashMap<>();
        return s -> known.computeIfAbsent(s, at -> {
            double sum = 0;
            for (int i = 0; i < given.length; i++) {
                sum += problems.weight(i) * given[i].cdf(at);
            }
            return sum;
        });
    }

    /** A single bin: no estimate, every query alike. */
    static DifficultyBins single(ProblemSet problems) {
        return new DifficultyBins(new double[0], null, problems);
    }

    int count() {
        return probabilities.length;
    }

    /** P(bin b) over the suite. */
    double probability(int b) {
        return probabilities[b];
    }

    /** P(bin | a query on {@code problem}). */
    double[] binProbabilities(Problem problem) {
        double[] given = new double[count()];
        ProbeScores.Given estimate = probes == null || count() == 1 ? null : probes.given(problem);
        double previous = 0;
        for (int b = 0; b < count(); b++) {
            double below = b == count() - 1 ? 1 : below(edges[b], problem, estimate);
            given[b] = Math.max(0, below - previous);
            previous = Math.max(previous, below);
        }
        return given;
    }

    /** P(estimate &lt; edge | problem), from the probes' distribution for it when there are probes. */
    private static double below(double edge, Problem problem, ProbeScores.Given estimate) {
        if (estimate == null) {
            return problem.difficulty() < edge ? 1 : 0;
        }
        return estimate.cdf(edge);
    }

    /** The bin a query on {@code problem} lands in: its estimate drawn from {@code rng}. */
    int sampleBin(Problem problem, UniformRandomProvider rng) {
        double estimate = probes == null ? problem.difficulty() : probes.sample(problem, rng);
        int b = 0;
        while (b < edges.length && estimate >= edges[b]) {
            b++;
        }
        return b;
    }
}
