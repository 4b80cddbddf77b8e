package io.flopsplit.inference;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One query answered by revision chains ({@link Revisions}): {@code chains} independent chains share
 * k answers as evenly as they can. A chain's first answer is a fresh attempt (right with p); each
 * revision keeps the previous answer with probability κ, otherwise makes a fresh attempt right with
 * p′ = σ(logit p + δ); a wrong attempt lands on the suite's distractors. Selection: {@code LAST} —
 * the plurality of the chains' last answers (one chain: its last answer); {@code MAJORITY} — the
 * plurality of every answer of every chain; {@code VERIFIER} — within each chain the answer with
 * the largest summed weight, then across chains the answer whose picks carry the largest summed best
 * weight (Snell et al. 2024, arXiv 2408.03314, App. M). Generation draws from the samples stream,
 * scores from the scores stream.
 */
public final class RevisionChains {

    /** How the answer is chosen. */
    public enum Selection { VERIFIER, MAJORITY, LAST }

    private final double keep;
    private final double gain;
    private final Selection selection;
    private final Verifier verifier;
    private final Answers answers;

    RevisionChains(double keep, double gain, Selection selection, Verifier verifier, double[] distractorShares) {
        this.keep = keep;
        this.gain = gain;
        this.selection = selection;
        this.verifier = verifier;
        this.answers = new Answers(distractorShares);
    }

    /** Whether the chosen answer is right, on a problem of pass@1 p = σ(logitP), k answers in {@code chains} chains. */
    boolean succeeds(double p, double logitP, int k, int chains, QueryStreams streams) {
        UniformRandomProvider samples = streams.samples();
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(streams.scores());
        double revised = io.flopsplit.tasks.Problem.sigmoid(logitP + gain);
        int classes = answers.classes();
        double d = verifier.separation(p);
        double[] effect = new double[classes];
        if (selection == Selection.VERIFIER) {
            for (int c = 0; c < classes; c++) {
                effect[c] = verifier.answerEffect() * normal.sample();
            }
        }
        double[] tally = new double[classes];
        double[] within = new double[classes];
        double[] best = new double[classes];
        int parallel = Math.min(chains, k);
        for (int chain = 0; chain < parallel; chain++) {
            int length = k / parallel + (chain < k % parallel ? 1 : 0);
            Arrays.fill(within, 0);
            Arrays.fill(best, Double.NEGATIVE_INFINITY);
            int answer = answers.attempt(samples, p);
            for (int t = 0; t < length; t++) {
                if (t > 0 && samples.nextDouble() >= keep) {
                    answer = answers.attempt(samples, revised);
                }
                if (selection == Selection.MAJORITY) {
                    tally[answer]++;
                } else if (selection == Selection.VERIFIER) {
                    double x = (answer == 0 ? d / 2 : -d / 2) + effect[answer] + normal.sample();
                    double w = verifier.weight(x, logitP, d);
                    within[answer] += w;
                    best[answer] = Math.max(best[answer], w);
                }
            }
            if (selection == Selection.LAST) {
                tally[answer]++;
            } else if (selection == Selection.VERIFIER) {
                int pick = argmaxReached(within, best, streams.scores());
                tally[pick] += best[pick];
            }
        }
        for (int c = 0; c < classes; c++) {
            if (tally[c] == 0) {
                tally[c] = Double.NEGATIVE_INFINITY;
            }
        }
        return Answers.argmax(tally, selection == Selection.VERIFIER ? streams.scores() : samples) == 0;
    }

    /** The answer with the largest summed weight among those the chain reached (best weight above −∞). */
    private static int argmaxReached(double[] within, double[] best, UniformRandomProvider rng) {
        double[] reached = new double[within.length];
        for (int c = 0; c < within.length; c++) {
            reached[c] = best[c] == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : within[c];
        }
        return Answers.argmax(reached, rng);
    }
}
