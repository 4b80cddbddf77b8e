package io.flopsplit.inference;

import io.flopsplit.statistics.NormalQuadrature;
import io.flopsplit.tasks.TaskSuite;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One query answered by k independent samples and a {@link Verifier}: best-of-k (the top-scored
 * sample) and weighted best-of-k (the answer with the largest summed weight; Snell et al. 2024,
 * arXiv 2408.03314, §5.1, after Li et al. 2023; Brown et al. 2024's "reward model + majority vote").
 * Generation — how many samples hold an exploit, how the others spread over the answers, which
 * answer an exploit reaches — draws from the samples stream; scores from the scores stream. Each
 * class's top score is one draw (the maximum of n normals); each class's summed weight is exact up
 * to {@value #EXACT_SUM_UP_TO} samples and a normal draw with the sum's exact mean and variance above
 * (Gauss–Hermite moments of the weight), so one query costs O(answers), whatever k.
 */
final class VerifierQueries {

    static final int EXACT_SUM_UP_TO = 24;
    /** The Gauss–Hermite rule behind the summed weight of many samples of one answer. */
    private static final NormalQuadrature HERMITE = new NormalQuadrature(24);

    private final Verifier verifier;
    private final Answers answers;
    private final double exploitPerSample;

    VerifierQueries(Verifier verifier, double[] distractorShares, int steps) {
        this.verifier = verifier;
        this.answers = new Answers(distractorShares);
        this.exploitPerSample = verifier.exploitPerSample(steps);
    }

    /**
     * About the work of one simulated selection over k samples, in uniform draws (see
     * {@link Strategy#drawsPerQuery}): the counts per answer (one binomial per class), an answer
     * effect and the top score or summed weight per class (a sum is exact up to
     * {@value #EXACT_SUM_UP_TO} samples, a normal draw above).
     */
    static double selectionWork(TaskSuite suite, int k) {
        int classes = suite.distractors().count() + 1;
        return (classes + 1) * (Draws.binomialWork(k) + Draws.BETA_DRAW_WORK * (2 + Math.min(k, EXACT_SUM_UP_TO)));
    }

    /** About the work of k answers in revision chains, each a uniform or two, plus a score each when scored. */
    static double chainWork(TaskSuite suite, int k, boolean scored) {
        int classes = suite.distractors().count() + 1;
        return 3.0 * k + (scored ? Draws.BETA_DRAW_WORK * (k + classes) : 0);
    }

    /** Whether the top-scored of k samples is right on a problem of pass@1 p = σ(logitP). */
    boolean bestOf(double p, double logitP, int k, QueryStreams streams) {
        UniformRandomProvider scores = streams.scores();
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(scores);
        int[] counts = new int[answers.classes()];
        int exploits = sampleAnswers(p, k, streams, counts);
        double d = verifier.separation(p);
        double tau = verifier.answerEffect();
        double best = Double.NEGATIVE_INFINITY;
        int bestClass = -1;
        if (exploits > 0) {
            best = -d / 2 + verifier.exploitAppeal() + tau * normal.sample() + Draws.maxOfNormals(scores, exploits);
            bestClass = 1;
        }
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                double x = (c == 0 ? d / 2 : -d / 2) + tau * normal.sample() + Draws.maxOfNormals(scores, counts[c]);
                if (x > best) {
                    best = x;
                    bestClass = c;
                }
            }
        }
        return bestClass == 0;
    }

    /** Whether the answer with the largest summed weight over k samples is right. */
    boolean weighted(double p, double logitP, int k, QueryStreams streams) {
        UniformRandomProvider scores = streams.scores();
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(scores);
        int[] counts = new int[answers.classes()];
        int exploits = sampleAnswers(p, k, streams, counts);
        double d = verifier.separation(p);
        double[] effect = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            effect[c] = verifier.answerEffect() * normal.sample();
        }
        double[] sums = new double[counts.length];
        boolean[] reached = new boolean[counts.length];
        for (int i = 0; i < exploits; i++) {
            int c = answers.wrongClass(streams.samples());
            sums[c] += verifier.weight(-d / 2 + verifier.exploitAppeal() + effect[c] + normal.sample(), logitP, d);
            reached[c] = true;
        }
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                sums[c] += classSum((c == 0 ? d / 2 : -d / 2) + effect[c], counts[c], logitP, d, normal);
                reached[c] = true;
            }
            if (!reached[c]) {
                sums[c] = Double.NEGATIVE_INFINITY;
            }
        }
        return Answers.argmax(sums, scores) == 0;
    }

    /**
     * Draws k samples' answers from the samples stream: how many hold an exploit (returned), then how
     * the rest fall on the right answer (class 0) and the distractors, into {@code counts}.
     */
    private int sampleAnswers(double p, int k, QueryStreams streams, int[] counts) {
        int exploits = Draws.binomial(streams.samples(), k, exploitPerSample);
        answers.counts(streams.samples(), p, k - exploits, counts);
        return exploits;
    }

    /** The summed weight of n samples of one answer whose scores are mean + N(0, 1). */
    private double classSum(double mean, int n, double logitP, double d, ZigguratSampler.NormalizedGaussian normal) {
        if (n <= EXACT_SUM_UP_TO) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += verifier.weight(mean + normal.sample(), logitP, d);
            }
            return sum;
        }
        double first = 0;
        double second = 0;
        for (int i = 0; i < HERMITE.size(); i++) {
            double w = verifier.weight(mean + HERMITE.node(i), logitP, d);
            first += HERMITE.weight(i) * w;
            second += HERMITE.weight(i) * w * w;
        }
        double variance = Math.max(0, second - first * first);
        return n * first + Math.sqrt(n * variance) * normal.sample();
    }

    /**
     * The mean calibrated weight of m probe samples, an estimate of p: a calibrated verifier's
     * weights average to p (Snell et al. §3.2's "predicted difficulty", the mean final-answer score).
     * Every draw, generation and scores, from the estimates stream, so that estimating a query's
     * difficulty never shifts the samples its strategy then draws.
     */
    double probeEstimate(double p, double logitP, int m, QueryStreams streams) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(streams.estimates());
        int[] counts = new int[answers.classes()];
        answers.counts(streams.estimates(), p, m, counts);
        double d = verifier.separation(p);
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                double mean = (c == 0 ? d / 2 : -d / 2) + verifier.answerEffect() * normal.sample();
                for (int i = 0; i < counts[c]; i++) {
                    sum += verifier.weight(mean + normal.sample(), logitP, d);
                }
            }
        }
        return sum / m;
    }
}
