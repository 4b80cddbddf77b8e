package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.keys.WholeKey;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.TaskSuite;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Beam search guided by a process reward model (Snell et al. 2024, arXiv 2408.03314,
 * §5.1): a solution is S steps; a step extending a correct prefix is correct with probability
 * p_i^(1/S) (so S correct steps in a row succeed with p_i), and a wrong prefix stays wrong. With
 * budget k, k candidates are scored per step: B = ⌈k / branching⌉ beams (one when k &lt; branching)
 * share the k children as evenly as they can, ⌊k/B⌋ each and one more for k mod B beams chosen at
 * random, and the top B are kept; at the end the top-scored beam is returned. (When branching
 * divides k this is Snell et al.'s k/M beams of M children.) The PRM scores a correct prefix
 * N(d, 1) and a wrong one N(0, 1), independently at every step (and afresh for the final choice).
 *
 * <p>Success is computed exactly as a Markov chain on the number of correct beams, with the
 * selection probabilities of {@link BeamSelection} and the hypergeometric share of the extra
 * children that falls to correct beams. Cost: the generator writes k·τ_out tokens over the S steps
 * and the PRM reads them, prefixes cached: 2·(N + N_prm)·(τ_in + k·τ_out). Budgets are limited to
 * k &lt;= {@value #MAX_K}, the range Snell et al. study.
 *
 * @param steps S, steps per solution, in [1, 100]
 * @param branching children per beam per step, in [1, {@value #MAX_K}]
 * @param prmAuc the process reward model's AUC per step, in (0.5, 1]
 * @param prmParams the process reward model's size
 */
public record BeamSearch(int steps, int branching, double prmAuc, double prmParams) implements Strategy {

    public static final String ID = "beam-search";
    public static final int MAX_K = 256;
    public static final NumberKey PRM_AUC = Keys.number("prmAuc",
            "Beam search: per-step AUC of the process reward model (an assumption, not a fit)", 0.8,
            Range.openClosed(0.5, 1));
    public static final WholeKey BRANCHING = Keys.whole("branching",
            "Beam search: children per beam per step (Snell et al. 2024 use 4, sec. 5.1)", 4, 1, MAX_K);
    public static final StrategyType TYPE = new StrategyType(ID,
            "Beam search over k candidates per step scored by a process reward model (Snell et al. 2024)",
            List.of(PRM_AUC, VerifierKeys.STEPS, BRANCHING, VerifierKeys.PARAMS), (parameters, modelParams) ->
                    new BeamSearch(VerifierKeys.steps(parameters), Math.toIntExact(parameters.get(BRANCHING)),
                            parameters.get(PRM_AUC), VerifierKeys.paramsFor(parameters, modelParams)));

    public BeamSearch {
        VerifierKeys.STEPS.check((long) steps);
        BRANCHING.check((long) branching);
        PRM_AUC.check(prmAuc);
        Checks.positive("prmParams", prmParams);
    }

    /** d = √2·Φ^-1(AUC), the separation of the equal-variance binormal model; infinite for AUC = 1. */
    private double separation() {
        return prmAuc == 1 ? Double.POSITIVE_INFINITY : Math.sqrt(2) * Draws.inverseNormalCdf(prmAuc);
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * Per step: the extra children's share (one uniform per beam), the correct candidates (one
     * binomial), and the process reward model's k scores (normal draws), sorted.
     */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        double scores = k * (Draws.BETA_DRAW_WORK + Math.log(k + 1.0) / Math.log(2));
        return steps * (beams(k) + Draws.binomialWork(k) + scores);
    }

    @Override
    public int maxK() {
        return MAX_K;
    }

    /** Beams kept per step at budget k: ⌈k / branching⌉. */
    public int beams(int k) {
        return (Strategy.checkK(k) + branching - 1) / branching;
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        double tokens = deployment.promptTokens() + Strategy.checkK(k) * deployment.answerTokens();
        return deployment.flops(tokens) + deployment.convention().inferenceFlops(prmParams, tokens);
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        if (k > MAX_K) {
            throw new IllegalArgumentException("k: beam-search is modelled up to k = " + MAX_K + ", was " + k);
        }
        int width = beams(k);
        double d = separation();
        return new Chain(k, flopsPerQuery(setting.deployment(), k), width, BeamSelection.table(k, width, d),
                BeamSelection.table(width, 1, d));
    }

    /** The beam search at one budget: the Markov chain and the step-level sampler. */
    private final class Chain implements Plan {
        private final int k;
        private final double flops;
        private final int width;
        private final int children;
        private final int extra;
        private final double[][] extraToCorrect;
        private final double[][] keep;
        private final double[][] pick;

        Chain(int k, double flops, int width, double[][] keep, double[][] pick) {
            this.k = k;
            this.flops = flops;
            this.width = width;
            this.children = k / width;
            this.extra = k - width * children;
            this.extraToCorrect = new double[width + 1][];
            for (int j = 0; j <= width; j++) {
                extraToCorrect[j] = extraShares(j);
            }
            this.keep = keep;
            this.pick = pick;
        }

        /** P(h of the extra children fall to the j correct beams), h = 0..min(j, extra). */
        private double[] extraShares(int correctBeams) {
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

        @Override
        public String strategy() {
            return ID;
        }

        @Override
        public int k() {
            return k;
        }

        @Override
        public double flopsPerQuery() {
            return flops;
        }

        @Override
        public double successProbability(Problem problem) {
            double stepSuccess = Math.exp(-Problem.softplus(-problem.logit()) / steps);
            double[] beams = new double[width + 1];
            beams[width] = 1;
            for (int s = 0; s < steps; s++) {
                beams = step(beams, stepSuccess);
            }
            double success = 0;
            for (int j = 0; j <= width; j++) {
                success += beams[j] * pick[j][1];
            }
            return Math.min(1, Math.max(0, success));
        }

        private double[] step(double[] beams, double stepSuccess) {
            double[] correctCandidates = new double[k + 1];
            for (int j = 0; j <= width; j++) {
                if (beams[j] > 0) {
                    double[] shares = extraToCorrect[j];
                    for (int h = 0; h < shares.length; h++) {
                        if (shares[h] > 0) {
                            double[] pmf = Binomials.pmf(children * j + h, stepSuccess, k);
                            for (int c = 0; c <= k; c++) {
                                correctCandidates[c] += beams[j] * shares[h] * pmf[c];
                            }
                        }
                    }
                }
            }
            double[] next = new double[width + 1];
            for (int c = 0; c <= k; c++) {
                for (int r = 0; r <= width; r++) {
                    next[r] += correctCandidates[c] * keep[c][r];
                }
            }
            return next;
        }

        @Override
        public Outcome sample(Problem problem, QueryStreams streams) {
            UniformRandomProvider rng = streams.samples();
            double stepSuccess = Math.exp(-Problem.softplus(-problem.logit()) / steps);
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
            int correct = width;
            for (int s = 0; s < steps; s++) {
                int childrenOfCorrect = children * correct + Draws.hypergeometric(rng, width, extra, correct);
                int correctCandidates = Draws.binomial(rng, childrenOfCorrect, stepSuccess);
                correct = keptCorrect(normal, correctCandidates, k, width);
            }
            return new Outcome(keptCorrect(normal, correct, width, 1) == 1, flops);
        }

        private int keptCorrect(ZigguratSampler.NormalizedGaussian normal, int correct, int candidates, int kept) {
            double d = separation();
            if (candidates <= kept || correct == 0 || correct == candidates || !Double.isFinite(d)) {
                return Math.min(correct, kept);
            }
            double[] correctScores = new double[correct];
            double[] wrongScores = new double[candidates - correct];
            Arrays.setAll(correctScores, i -> d + normal.sample());
            Arrays.setAll(wrongScores, i -> normal.sample());
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
}
