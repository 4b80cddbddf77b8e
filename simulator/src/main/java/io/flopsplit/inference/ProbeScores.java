package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.tasks.Problem;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * What {@link Adaptive}'s difficulty probes show: before choosing, a query draws m samples from the
 * answering model and the {@link Verifier} scores each final answer; the query's estimated
 * difficulty is minus the mean score, D = −(1/m)·Σ x_i (Snell et al. 2024, arXiv 2408.03314, §3.2:
 * "model-predicted difficulty" bins questions by the verifier's final-answer score averaged over
 * samples). With the verifier's scoring model, x = ±d(p)/2 + τ·η_answer + ε, given that r of the m
 * probes are right (r ~ Binomial(m, p)) the mean score is normal with
 * <pre>
 *   mean d(p)·(2r − m)/(2m),   variance (m + τ²·Q_r)/m²,   Q_r = r² + w·(1 − S) + w²·S,  w = m − r,
 * </pre>
 * where S = Σ q_j² over the distractor shares, so that Q_r is the expected Σ n_c² of the answer
 * counts (the wrong probes' split over the distractors replaced by its expectation: the one
 * simplification; both the planner and the sampler use this model). So the estimate is blurred by
 * the binomial count of right probes, by the answer effects every probe of the same answer shares
 * (which more probes do not average out) and by the score noise, and a query with few probes cannot
 * tell a hard problem from a very hard one (both show m wrong answers).
 *
 * <p>The statistic is the latent score, not the calibrated weight σ(logit p + d·x) of weighted
 * best-of-k: that weight carries the problem's exact prior log-odds, a modelling idealisation which
 * is a constant within one problem (harmless for selection) but would hand the estimate the true
 * difficulty for free. Exploit lines are left out of the probes' scores (0.16% of {@code snell-prm}
 * samples). Probes cost m sampled answers (the prompt is shared with the answer's own samples) and m
 * scorings, 2·N·m·τ_out + 2·N_v·m·(τ_in + τ_out), and are not among the answer's samples: see
 * {@link Adaptive}.
 *
 * @param probes m &gt;= 1
 * @param verifier the scoring model and the verifier's size
 * @param squaredShares S = Σ q_j² of the suite's distractor shares, in [0, 1]
 */
record ProbeScores(int probes, Verifier verifier, double squaredShares) {

    ProbeScores {
        Adaptive.DIFFICULTY_PROBES.check((long) probes);
        Checks.present("verifier", verifier);
        Checks.inRange("squaredShares", squaredShares, 0, 1);
    }

    /** The probes of {@code setting}'s suite. */
    static ProbeScores of(int probes, Verifier verifier, double[] distractorShares) {
        double sum = 0;
        for (double share : distractorShares) {
            sum += share * share;
        }
        return new ProbeScores(probes, verifier, Math.min(1, sum));
    }

    /** The probes' FLOPs per query: m answers on the shared prompt and m scorings. */
    double flops(Deployment deployment) {
        return deployment.flops(probes * deployment.answerTokens()) + deployment.scoringFlops(verifier.params(), probes);
    }

    /** About the work of one estimate, in uniform draws: the binomial count and one normal draw. */
    double work() {
        return Draws.binomialWork(probes) + Draws.BETA_DRAW_WORK;
    }

    /** P(D ≤ s) for a query on {@code problem}. */
    double cdf(double s, Problem problem) {
        return given(problem).cdf(s);
    }

    /** The distribution of D for a query on {@code problem}, for reading its cdf at many s. */
    Given given(Problem problem) {
        double[] pmf = rightProbes(problem);
        double d = verifier.separation(problem.passAt1());
        double[] means = new double[probes + 1];
        double[] sds = new double[probes + 1];
        for (int r = 0; r <= probes; r++) {
            means[r] = mean(d, r);
            sds[r] = sd(r);
        }
        return new Given(pmf, means, sds);
    }

    /**
     * The estimate's distribution for a query on one problem — a mixture over the count r of right
     * probes of normals with r's mean and sd — made once for the many thresholds s at which the
     * bins' edges are solved. Its cdf is Σ_r P(r)·Φ((s + mean_r)/sd_r) summed in order of r; a term
     * whose P(r) is below a quarter of the sum's ulp cannot change the sum (its rounded value is
     * under half an ulp) and is not evaluated, nor is Φ where it is 0 or 1 to the last bit
     * ({@link Draws#normalCdf}), so the value is the full sum's, bit for bit.
     */
    static final class Given {

        private final double[] pmf;
        private final double[] means;
        private final double[] sds;

        private Given(double[] pmf, double[] means, double[] sds) {
            this.pmf = pmf;
            this.means = means;
            this.sds = sds;
        }

        /** P(D ≤ s). */
        double cdf(double s) {
            double below = 0;
            for (int r = 0; r < pmf.length; r++) {
                if (pmf[r] > 0 && !(pmf[r] < Math.ulp(below) / 4)) {
                    below += pmf[r] * Draws.normalCdf((s + means[r]) / sds[r]);
                }
            }
            return Math.min(1, below);
        }

        /** The same sum with every term evaluated: what {@link #cdf} must equal bit for bit. */
        double cdfOfEveryTerm(double s) {
            double below = 0;
            for (int r = 0; r < pmf.length; r++) {
                if (pmf[r] > 0) {
                    below += pmf[r] * (1 - Draws.normalSurvival((s + means[r]) / sds[r]));
                }
            }
            return Math.min(1, below);
        }
    }

    /** One estimate D for a query on {@code problem}, every draw from {@code rng}. */
    double sample(Problem problem, UniformRandomProvider rng) {
        int r = Draws.binomial(rng, probes, problem.passAt1());
        double d = verifier.separation(problem.passAt1());
        return -(mean(d, r) + sd(r) * ZigguratSampler.NormalizedGaussian.of(rng).sample());
    }

    /** A range holding every estimate but a negligible tail (12 sd beyond the extreme means). */
    double[] support() {
        double widest = Math.max(sd(0), Math.max(sd(probes), sd(probes / 2)));
        double reach = verifier.separationEasy() / 2 + 12 * widest;
        return new double[] {-reach, reach};
    }

    /** The mean score given r right probes. */
    private double mean(double d, int r) {
        return d * (2.0 * r - probes) / (2.0 * probes);
    }

    /** The sd of the mean score given r right probes. */
    private double sd(int r) {
        double wrong = probes - r;
        double shared = (double) r * r + wrong * (1 - squaredShares) + wrong * wrong * squaredShares;
        double tau = verifier.answerEffect();
        return Math.sqrt(probes + tau * tau * shared) / probes;
    }

    /** Binomial(m, p) probabilities of r right probes, from the logit (exact in both tails). */
    private double[] rightProbes(Problem problem) {
        return Binomials.pmfFromLogs(probes, -Problem.softplus(-problem.logit()), problem.logFailure());
    }
}
