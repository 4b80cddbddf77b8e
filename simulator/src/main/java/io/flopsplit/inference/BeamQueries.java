package io.flopsplit.inference;

import io.flopsplit.tasks.Problem;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DirichletSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The simulation behind {@link BeamSearch}: one query searched step by step and answered by best-of-N
 * weighted over the N final candidates, as Snell et al. 2024 (arXiv 2408.03314, §5.2) conclude their
 * beam search. Each candidate is one of three kinds: a right line, a wrong line (its final answer a
 * distractor drawn by the suite's shares at the end), or an exploit line — a degenerate step the PRM
 * over-rates, taken with the verifier's exploit rate per candidate and step, after which every child
 * of the line is one too and heads to the same wrong answer. Success tables are this simulation's
 * mean at each node of the {@link VerifierTables} grid ({@link SuccessTable#simulate}).
 */
final class BeamQueries {

    /**
     * Tables spend equal work on every budget node up to this k: a node of budget k simulates
     * {@link #reps(int, int)} queries, the grid's reps times max(1, {@value}/k), since a query's work
     * grows with k. The small budgets, where success on hard problems is rare and a node of 2,000
     * queries holds only a few successes, are resolved as well as the pass@N bound needs (S19), and a
     * table costs about 2.8 times what equal reps would.
     */
    static final int EQUAL_WORK_UP_TO = 128;
    /** The computation, for the key of its tables ({@link TableFamily}). */
    static final String METHOD = "beam-queries(finalSelection=weighted,exploitLineages=true,equalWorkUpTo="
            + EQUAL_WORK_UP_TO + ")";
    private static final int RIGHT = 0;
    private static final int WRONG = -1;

    private final BeamSearch search;
    private final Answers answers;
    private final double exploitRate;

    BeamQueries(BeamSearch search, double[] distractorShares) {
        this.search = search;
        this.answers = new Answers(distractorShares);
        this.exploitRate = search.verifier().exploitRate();
    }

    /** Queries per node of the table at budget k, on a grid of {@code gridReps} queries per node. */
    static int reps(int k, int gridReps) {
        return (int) Math.max(gridReps, Math.ceil((double) gridReps * EQUAL_WORK_UP_TO / k));
    }

    /**
     * log p_s of a step with share w of a problem of log p = {@code logP}: w·max(log p, −h), plus the
     * difficulty beyond h on the bottleneck step.
     */
    static double stepLogSuccess(double share, double logP, boolean bottleneck, double spreadDifficulty) {
        double spread = Math.max(logP, -spreadDifficulty);
        return share * spread + (bottleneck ? logP - spread : 0);
    }

    /** Whether a query on a problem of logit p = z, searched with budget k over {@code width} beams, ends right. */
    boolean succeeds(double z, int k, int width, QueryStreams streams) {
        UniformRandomProvider rng = streams.samples();
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(streams.scores());
        double logP = -Problem.softplus(-z);
        double[] shares = shares(rng);
        int bottleneck = largest(shares);
        double[] effects = new double[answers.classes()];
        double bestWrong = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < effects.length; c++) {
            effects[c] = search.verifier().answerEffect() * normal.sample();
            if (c > 0) {
                bestWrong = Math.max(bestWrong, effects[c]);
            }
        }
        double offset = effects[0] - bestWrong;
        int[] beams = new int[width];
        int[] kinds = new int[k];
        double[] scores = new double[k];
        double[] sorted = new double[k];
        for (int s = 0; s < search.steps(); s++) {
            double stepSuccess = Math.exp(stepLogSuccess(shares[s], logP, s == bottleneck, search.spreadDifficulty()));
            double d = search.stepSeparation() * search.verifier().separationEasy()
                    * Math.pow(stepSuccess, search.separationExponent()) + offset;
            for (int i = 0; i < k; i++) {
                int kind = child(beams[i % width], stepSuccess, rng);
                kinds[i] = kind;
                scores[i] = kind == RIGHT ? d + normal.sample()
                        : kind == WRONG ? search.wrongNoise() * normal.sample()
                        : search.stepExploitAppeal() + normal.sample();
            }
            if (s < search.steps() - 1) {
                keepTop(kinds, scores, sorted, beams);
            }
        }
        return weightedChoice(kinds, z, effects, normal, streams) == RIGHT;
    }

    /** A child of a beam of {@code parent}'s kind: an exploit line stays one, a fresh exploit step, or the step taken. */
    private int child(int parent, double stepSuccess, UniformRandomProvider rng) {
        if (parent > 0) {
            return parent;
        }
        if (exploitRate > 0 && rng.nextDouble() < exploitRate) {
            return answers.wrongClass(rng);
        }
        return parent == RIGHT && rng.nextDouble() < stepSuccess ? RIGHT : WRONG;
    }

    /** The kinds of the top-scored {@code beams.length} candidates, into {@code beams}. */
    private static void keepTop(int[] kinds, double[] scores, double[] sorted, int[] beams) {
        System.arraycopy(scores, 0, sorted, 0, scores.length);
        Arrays.sort(sorted);
        double threshold = sorted[sorted.length - beams.length];
        int kept = 0;
        for (int i = 0; i < kinds.length && kept < beams.length; i++) {
            if (scores[i] >= threshold) {
                beams[kept++] = kinds[i];
            }
        }
    }

    /**
     * Best-of-N weighted over the final candidates: each candidate's score as the verifier scores a
     * whole sample (the right answer d/2, a wrong one −d/2, an exploit −d/2 + its appeal, each plus
     * its answer's effect and unit noise), weighted and summed per final answer.
     */
    private int weightedChoice(int[] kinds, double z, double[] effects, ZigguratSampler.NormalizedGaussian normal,
            QueryStreams streams) {
        Verifier verifier = search.verifier();
        double d = verifier.separation(Problem.sigmoid(z));
        double[] sums = new double[effects.length];
        Arrays.fill(sums, Double.NEGATIVE_INFINITY);
        for (int kind : kinds) {
            int answer = kind == WRONG ? answers.wrongClass(streams.samples()) : kind;
            double mean = (answer == RIGHT ? d / 2 : -d / 2) + effects[answer]
                    + (kind > 0 ? verifier.exploitAppeal() : 0);
            double weight = verifier.weight(mean + normal.sample(), z, d);
            sums[answer] = sums[answer] == Double.NEGATIVE_INFINITY ? weight : sums[answer] + weight;
        }
        return Answers.argmax(sums, streams.scores());
    }

    /** Dirichlet(c, …, c) shares of a problem's difficulty among its steps (Commons RNG's sampler). */
    private double[] shares(UniformRandomProvider rng) {
        if (search.steps() == 1) {
            return new double[] {1};
        }
        return DirichletSampler.symmetric(rng, search.steps(), search.stepConcentration()).sample();
    }

    private static int largest(double[] values) {
        int largest = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[largest]) {
                largest = i;
            }
        }
        return largest;
    }
}
