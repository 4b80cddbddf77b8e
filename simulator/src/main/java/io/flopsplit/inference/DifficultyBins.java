package io.flopsplit.inference;

import io.flopsplit.tasks.ProblemSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Bins of estimated difficulty b̂ = b + σ·Z: the edges are the equal-probability quantiles of the
 * suite's true difficulty, so with σ = 0 every bin holds the same share of problems; with σ &gt; 0
 * a problem of difficulty b lands in bin j with probability Φ((e_j − b)/σ) − Φ((e_(j−1) − b)/σ).
 */
final class DifficultyBins {

    private final double[] edges;
    private final double noise;
    private final double[] probabilities;

    private DifficultyBins(double[] edges, double noise, double[] probabilities) {
        this.edges = edges;
        this.noise = noise;
        this.probabilities = probabilities;
    }

    static DifficultyBins of(ProblemSet problems, int count, double noise) {
        int[] bin = problems.binsByPassAt1(count);
        double[] edges = new double[count - 1];
        java.util.Arrays.fill(edges, Double.POSITIVE_INFINITY);
        for (int i = 0; i + 1 < problems.size(); i++) {
            if (bin[i + 1] > bin[i]) {
                double edge = (problems.problem(i).difficulty() + problems.problem(i + 1).difficulty()) / 2;
                for (int b = bin[i]; b < bin[i + 1]; b++) {
                    edges[b - 1] = edge;
                }
            }
        }
        DifficultyBins bins = new DifficultyBins(edges, noise, new double[count]);
        for (int i = 0; i < problems.size(); i++) {
            double[] given = bins.binProbabilities(problems.problem(i).difficulty());
            for (int b = 0; b < count; b++) {
                bins.probabilities[b] += problems.weight(i) * given[b];
            }
        }
        return bins;
    }

    int count() {
        return probabilities.length;
    }

    /** P(bin b) over the suite. */
    double probability(int b) {
        return probabilities[b];
    }

    /** P(bin | true difficulty). */
    double[] binProbabilities(double difficulty) {
        double[] given = new double[count()];
        double previous = 0;
        for (int b = 0; b < count(); b++) {
            double below = b == count() - 1 ? 1 : cdf(edges[b], difficulty);
            given[b] = Math.max(0, below - previous);
            previous = below;
        }
        return given;
    }

    private double cdf(double edge, double difficulty) {
        if (noise == 0) {
            return difficulty < edge ? 1 : 0;
        }
        return 1 - Draws.normalSurvival((edge - difficulty) / noise);
    }

    /** The bin of one noisy estimate of {@code difficulty}. */
    int sampleBin(double difficulty, UniformRandomProvider rng) {
        double estimate = difficulty + noise * ZigguratSampler.NormalizedGaussian.of(rng).sample();
        int b = 0;
        while (b < edges.length && estimate >= edges[b]) {
            b++;
        }
        return b;
    }
}
