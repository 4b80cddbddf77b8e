package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.tasks.Problem;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Beam search guided by a process reward model (Snell et al. 2024, arXiv 2408.03314,
 * §5.1): a solution is S steps; a step extending a correct prefix is correct with probability
 * p_i^(1/S) (so S correct steps in a row succeed with p_i), and a wrong prefix stays wrong. With
 * budget k, B = max(1, k / branching) beams each expand min(branching, k) children per step, so
 * n = B·min(branching, k) ≈ k candidates are scored per step and the top B kept; at the end the
 * top-scored beam is returned. The PRM scores a correct prefix N(d, 1) and a wrong one N(0, 1),
 * independently at every step (and afresh for the final choice).
 *
 * <p>Success is computed exactly as a Markov chain on the number of correct beams, with the
 * selection probabilities of {@link BeamSelection}. Cost: the generator writes n·τ_out tokens over
 * the S steps and the PRM reads them, prefixes cached: 2·(N + N_prm)·(τ_in + n·τ_out). Budgets are
 * limited to k &lt;= {@value #MAX_K}, the range Snell et al. study.
 *
 * @param steps S, steps per solution, &gt;= 1
 * @param branching children per beam per step, &gt;= 1
 * @param prm the process reward model's AUC (per step) and size
 */
public record BeamSearch(int steps, int branching, Verifier prm) implements Strategy {

    public static final String ID = "beam-search";
    public static final int MAX_K = 256;

    public BeamSearch {
        if (steps < 1) {
            throw new IllegalArgumentException("steps: must be >= 1, was " + steps);
        }
        if (branching < 1) {
            throw new IllegalArgumentException("branching: must be >= 1, was " + branching);
        }
        Checks.present("prm", prm);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Candidates scored per step at budget k: B·min(branching, k) with B = max(1, k / branching). */
    public int candidates(int k) {
        return Math.max(1, Strategy.checkK(k) / branching) * Math.min(branching, k);
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        double tokens = deployment.promptTokens() + candidates(k) * deployment.answerTokens();
        return deployment.flops(tokens) + deployment.convention().inferenceFlops(prm.params(), tokens);
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        if (k > MAX_K) {
            throw new IllegalArgumentException("k: beam-search is modelled up to k = " + MAX_K + ", was " + k);
        }
        int width = Math.max(1, k / branching);
        int children = Math.min(branching, k);
        int candidates = width * children;
        double d = prm.separation();
        return new Chain(k, flopsPerQuery(setting.deployment(), k), width, children, BeamSelection.table(candidates, width, d),
                BeamSelection.table(width, 1, d));
    }

    /** The beam search at one budget: the Markov chain and the step-level sampler. */
    private final class Chain implements Plan {
        private final int k;
        private final double flops;
        private final int width;
        private final int children;
        private final double[][] keep;
        private final double[][] pick;

        Chain(int k, double flops, int width, int children, double[][] keep, double[][] pick) {
            this.k = k;
            this.flops = flops;
            this.width = width;
            this.children = children;
            this.keep = keep;
            this.pick = pick;
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
            int candidates = keep.length - 1;
            double[] correctCandidates = new double[candidates + 1];
            for (int j = 0; j <= width; j++) {
                if (beams[j] > 0) {
                    double[] pmf = Binomials.pmf(children * j, stepSuccess, candidates);
                    for (int c = 0; c <= candidates; c++) {
                        correctCandidates[c] += beams[j] * pmf[c];
                    }
                }
            }
            double[] next = new double[width + 1];
            for (int c = 0; c <= candidates; c++) {
                for (int r = 0; r <= width; r++) {
                    next[r] += correctCandidates[c] * keep[c][r];
                }
            }
            return next;
        }

        @Override
        public Outcome sample(Problem problem, UniformRandomProvider rng) {
            double stepSuccess = Math.exp(-Problem.softplus(-problem.logit()) / steps);
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
            int correct = width;
            for (int s = 0; s < steps; s++) {
                int correctCandidates = Draws.binomial(rng, children * correct, stepSuccess);
                correct = keptCorrect(normal, correctCandidates, width * children, width);
            }
            return new Outcome(keptCorrect(normal, correct, width, 1) == 1, flops);
        }

        private int keptCorrect(ZigguratSampler.NormalizedGaussian normal, int correct, int candidates, int kept) {
            double d = prm.separation();
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
