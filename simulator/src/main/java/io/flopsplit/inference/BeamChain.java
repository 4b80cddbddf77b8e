package io.flopsplit.inference;

import io.flopsplit.memo.Memo;
import io.flopsplit.tasks.Problem;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The computation behind {@link BeamSearch}: the exact Markov chain on the number of right beams
 * for given step shares, its average over quasi-random Dirichlet shares (a Sobol sequence mapped
 * through the Gamma quantile, so that success is smooth in the concentration), and the simulation
 * of one query. Selection matrices ({@link BeamSelection}) are computed on a grid of step
 * separations {@value #D_STEP} apart and interpolated linearly between them; they are remembered
 * across tables.
 */
final class BeamChain {

    /** Dirichlet draws averaged per problem. */
    static final int SHARE_POINTS = 32;
    static final double D_STEP = 0.2;
    /** Probability mass below which a state of the chain is dropped (at most ~1e-13 of success in all). */
    static final double NEGLIGIBLE = 1e-16;
    /** The computation and its own constants, for the key of its tables ({@link TableFamily}). */
    static final String METHOD = "beam-chain(sharePoints=" + SHARE_POINTS + ",separationStep="
            + Double.toHexString(D_STEP) + ",negligible=" + Double.toHexString(NEGLIGIBLE) + ")";
    private static final Memo<Selection, double[][]> SELECTIONS = new Memo<>(8192);

    private record Selection(int candidates, int keep, int index, double wrongNoise) {
    }

    private final int steps;
    private final double concentration;
    private final double stepSeparation;
    private final double exponent;
    private final double wrongNoise;
    private final double spreadDifficulty;
    private final Verifier verifier;
    private final double[][] shares;
    /**
     * Per quasi-random point, the answer effects' contribution to the separation: τ·(η_right − max of
     * the m wrong answers' η), the right answer's effect against the wrong answer the PRM likes most
     * (wrong lines head to the suite's m distractors).
     */
    private final double[] answerOffsets;
    /** Per quasi-random point, the step that takes the difficulty beyond h: the one with the largest share. */
    private final int[] bottlenecks;

    private final int distractors;

    BeamChain(int steps, double concentration, double stepSeparation, double exponent, double wrongNoise,
            double spreadDifficulty, Verifier verifier, int distractors) {
        this.distractors = distractors;
        this.wrongNoise = wrongNoise;
        this.spreadDifficulty = spreadDifficulty;
        this.steps = steps;
        this.concentration = concentration;
        this.stepSeparation = stepSeparation;
        this.exponent = exponent;
        this.verifier = verifier;
        this.shares = new double[SHARE_POINTS][steps];
        this.answerOffsets = new double[SHARE_POINTS];
        this.bottlenecks = new int[SHARE_POINTS];
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(steps + 2);
        sobol.skipTo(1);
        GammaDistribution gamma = new GammaDistribution(null, concentration, 1);
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double tau = verifier.answerEffect();
        for (int q = 0; q < SHARE_POINTS; q++) {
            double[] u = sobol.nextVector();
            double sum = 0;
            for (int s = 0; s < steps; s++) {
                shares[q][s] = steps == 1 ? 1 : Math.max(1e-300, gamma.inverseCumulativeProbability(shifted(u[s])));
                sum += shares[q][s];
            }
            for (int s = 0; s < steps; s++) {
                shares[q][s] /= sum;
            }
            double right = normal.inverseCumulativeProbability(shifted(u[steps]));
            double bestWrong = normal.inverseCumulativeProbability(Math.pow(shifted(u[steps + 1]), 1.0 / distractors));
            answerOffsets[q] = tau * (right - bestWrong);
            bottlenecks[q] = largest(shares[q]);
        }
    }

    /** The index of the largest share. */
    private static int largest(double[] shares) {
        int largest = 0;
        for (int s = 1; s < shares.length; s++) {
            if (shares[s] > shares[largest]) {
                largest = s;
            }
        }
        return largest;
    }

    /**
     * log p_s of a step with share w of a problem of log p = {@code logP}: w·max(log p, −h), plus the
     * difficulty beyond h on the bottleneck step.
     */
    double stepLogSuccess(double share, double logP, boolean bottleneck) {
        double spread = Math.max(logP, -spreadDifficulty);
        return share * spread + (bottleneck ? logP - spread : 0);
    }

    /** A Sobol coordinate moved off 0 by half a cell (the sequence starts at 0). */
    private static double shifted(double u) {
        return (u + 0.5 / SHARE_POINTS) % 1;
    }

    /**
     * The PRM's separation on a step the model gets right with probability {@code stepSuccess}, for a
     * query whose right answer's effect exceeds the wrong answers' by {@code offset}.
     */
    double stepSeparation(double stepSuccess, double offset) {
        return stepSeparation * Math.pow(stepSuccess, exponent) + offset;
    }

    /** The success table at budget k with {@code width} beams. */
    SuccessTable table(SuccessTable.Grid grid, int k, int width) {
        double[] values = IntStream.range(0, grid.nodes()).parallel().mapToDouble(j -> success(grid.z(j), k, width))
                .toArray();
        return SuccessTable.of(grid, values);
    }

    /** P(the returned solution is right) on a problem of logit p = z, averaged over the step shares. */
    double success(double z, int k, int width) {
        double logP = -Problem.softplus(-z);
        int children = k / width;
        int extra = k - width * children;
        double[][] extraToCorrect = new double[width + 1][];
        for (int j = 0; j <= width; j++) {
            extraToCorrect[j] = extraShares(width, extra, j);
        }
        double total = 0;
        double finalSeparation = verifier.separation(Problem.sigmoid(z));
        for (int q = 0; q < shares.length; q++) {
            double[] beams = new double[width + 1];
            beams[width] = 1;
            for (int s = 0; s < steps; s++) {
                double stepSuccess = Math.exp(stepLogSuccess(shares[q][s], logP, s == bottlenecks[q]));
                beams = select(candidates(beams, k, width, children, extraToCorrect, stepSuccess), k, width,
                        stepSeparation(stepSuccess, answerOffsets[q]));
            }
            double[] picked = select(beams, width, 1, finalSeparation + answerOffsets[q]);
            total += picked[1];
        }
        return Math.min(1, Math.max(0, total / shares.length));
    }

    private static double[] extraShares(int width, int extra, int correctBeams) {
        if (extra == 0) {
            return new double[] {1};
        }
        HypergeometricDistribution shares = new HypergeometricDistribution(null, width, extra, correctBeams);
        double[] pmf = new double[Math.min(correctBeams, extra) + 1];
        for (int h = 0; h < pmf.length; h++) {
            pmf[h] = shares.probability(h);
        }
        return pmf;
    }

    /** The distribution of right candidates among the k children of {@code beams}. */
    private static double[] candidates(double[] beams, int k, int width, int children, double[][] extraToCorrect,
            double stepSuccess) {
        double[] candidates = new double[k + 1];
        for (int j = 0; j <= width; j++) {
            if (beams[j] > NEGLIGIBLE) {
                double[] extraShares = extraToCorrect[j];
                for (int h = 0; h < extraShares.length; h++) {
                    if (extraShares[h] > 0) {
                        double[] pmf = Binomials.pmf(children * j + h, stepSuccess, k);
                        double weight = beams[j] * extraShares[h];
                        for (int c = 0; c <= k; c++) {
                            candidates[c] += weight * pmf[c];
                        }
                    }
                }
            }
        }
        return candidates;
    }

    /** The distribution of right ones among the {@code keep} kept of {@code candidates.length − 1}, at separation d. */
    private double[] select(double[] candidates, int count, int keep, double d) {
        double position = d / D_STEP;
        int below = (int) Math.floor(position);
        double t = position - below;
        double[] next = keep(candidates, selection(count, keep, below), 1 - t, new double[keep + 1]);
        return t > 0 ? keep(candidates, selection(count, keep, below + 1), t, next) : next;
    }

    private static double[] keep(double[] candidates, double[][] selection, double weight, double[] into) {
        for (int c = 0; c < candidates.length; c++) {
            if (candidates[c] > NEGLIGIBLE) {
                double mass = weight * candidates[c];
                for (int r = 0; r < into.length; r++) {
                    into[r] += mass * selection[c][r];
                }
            }
        }
        return into;
    }

    private double[][] selection(int candidates, int keep, int index) {
        return SELECTIONS.get(new Selection(candidates, keep, index, wrongNoise),
                key -> BeamSelection.table(candidates, keep, index * D_STEP, wrongNoise));
    }

    /** One simulated query: generation from the samples stream, the PRM's scores from the scores stream. */
    boolean sample(double z, int k, int width, QueryStreams streams) {
        UniformRandomProvider rng = streams.samples();
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(streams.scores());
        double logP = -Problem.softplus(-z);
        double[] share = new double[steps];
        if (steps == 1) {
            share[0] = 1;
        } else {
            var gamma = AhrensDieterMarsagliaTsangGammaSampler.of(rng, concentration, 1);
            double sum = 0;
            for (int s = 0; s < steps; s++) {
                share[s] = Math.max(1e-300, gamma.sample());
                sum += share[s];
            }
            for (int s = 0; s < steps; s++) {
                share[s] /= sum;
            }
        }
        double offset = verifier.answerEffect() * (normal.sample() - Draws.maxOfNormals(streams.scores(), distractors));
        int bottleneck = largest(share);
        int children = k / width;
        int extra = k - width * children;
        int correct = width;
        for (int s = 0; s < steps; s++) {
            double stepSuccess = Math.exp(stepLogSuccess(share[s], logP, s == bottleneck));
            int childrenOfCorrect = children * correct + Draws.hypergeometric(rng, width, extra, correct);
            int correctCandidates = Draws.binomial(rng, childrenOfCorrect, stepSuccess);
            correct = keptCorrect(normal, correctCandidates, k, width, stepSeparation(stepSuccess, offset));
        }
        return keptCorrect(normal, correct, width, 1, verifier.separation(Problem.sigmoid(z)) + offset) == 1;
    }

    private int keptCorrect(ZigguratSampler.NormalizedGaussian normal, int correct, int candidates, int kept,
            double d) {
        if (candidates <= kept || correct == 0 || correct == candidates) {
            return Math.min(correct, kept);
        }
        double[] correctScores = new double[correct];
        double[] wrongScores = new double[candidates - correct];
        Arrays.setAll(correctScores, i -> d + normal.sample());
        Arrays.setAll(wrongScores, i -> wrongNoise * normal.sample());
        Arrays.sort(correctScores);
        Arrays.sort(wrongScores);
        int fromCorrect = 0;
        int ci = correctScores.length - 1;
        int wi = wrongScores.length - 1;
        for (int taken = 0; taken < kept; taken++) {
            if (wi < 0 || (ci >= 0 && correctScores[ci] > wrongScores[wi])) {
                fromCorrect++;
                ci--;
            } else {
                wi--;
            }
        }
        return fromCorrect;
    }
}
