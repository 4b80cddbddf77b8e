package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.Range;
import io.flopsplit.tasks.Problem;

/**
 * One scoring model for every learned verifier and process reward model (PRM): best-of-k, weighted
 * best-of-k, beam search, the selection of revisions and the adaptive planner's difficulty probes.
 * A candidate — a full answer, or a solution prefix during search — is scored on a latent scale
 * <pre>
 *   x = ±d(p)/2 + ε  (+ τ·η_c when an answer c is judged)     + a_x for an exploit line
 * </pre>
 * (+ if the candidate is correct so far, − if wrong), with:
 * <ul>
 * <li>ε ~ N(0, 1) fresh at every scoring;</li>
 * <li>an <b>answer-level effect</b> τ·η_c, η_c ~ N(0, 1) shared by every sample whose final answer is
 * c: a verifier judges an answer, not a sample, so once every answer has been sampled more samples
 * add nothing, and selection plateaus (Brown et al. 2024, arXiv 2407.21787, §4.1: reward-model
 * selection "plateaus around 100 samples"; Wu et al. 2024, arXiv 2408.00724, Thm 2);</li>
 * <li>a <b>separation that falls with difficulty</b>, {@link #separation d(p)} of the problem's
 * pass@1 p (ProcessBench, Zheng et al. 2024, arXiv 2412.06559, Table 3: every PRM's F1 falls from
 * GSM8K to MATH to olympiad problems; Math-Shepherd-PRM-7B, the kind Snell et al. train, by 38% and
 * 50%);</li>
 * <li><b>exploits</b>: every generated step is, with probability ε_x, a degenerate continuation
 * the PRM over-rates by a_x (Snell et al. 2024, arXiv 2408.03314, §5.3: "low-information
 * repetitive steps", "overly short solutions"); an exploit line is wrong and its continuations
 * inherit it. A sample of S steps holds one with probability 1 − (1 − ε_x)^S: one vote among k in
 * best-of-k, but search finds, keeps and multiplies them.</li>
 * </ul>
 * Weighted best-of-k reads a score as a weight: {@code calibrated} weights σ(logit p + d·x) are the
 * posterior that the answer is right under this model, as a PRM trained with cross-entropy on
 * Monte-Carlo value targets outputs (Snell et al. §5.1), so weights carry the problem's prior;
 * {@code raw} weights σ(x) do not (and cannot be fitted to Snell et al.'s curves). The AUC of one
 * right against one wrong sample of another answer is Φ(d/√(2(1 + τ²))).
 *
 * <p>Not modelled: answer effects that differ between problems; exploit rates that depend on
 * difficulty; a verifier larger than the answering model judging better (d depends on the answering
 * model's p only). Constants: {@link VerifierPreset}.
 *
 * @param preset the preset's id, or {@code custom}
 * @param separationEasy d_hi, the separation of right from wrong on problems the model always solves
 * @param separationRatio r = d_lo/d_hi in (0, 1], the separation on the hardest problems relative to d_hi
 * @param answerEffect τ &gt;= 0, the standard deviation of the shared effect of an answer
 * @param calibratedWeights weights σ(logit p + d·x) (true) or σ(x) (false)
 * @param exploitRate ε_x in [0, 1), the chance a generated step is an exploit
 * @param exploitAppeal a_x &gt;= 0, how much the scorer over-rates an exploit line
 * @param params N_v, the verifier's parameters (its scoring FLOPs)
 */
public record Verifier(String preset, double separationEasy, double separationRatio, double answerEffect,
        boolean calibratedWeights, double exploitRate, double exploitAppeal, double params) {

    /** The separation ratios allowed. */
    public static final Range RATIO = Range.openClosed(0, 1);
    /** The exploit rates allowed: a chance per generated step, below 1. */
    public static final Range EXPLOIT_RATE = new Range(0, false, 1, true);

    public Verifier {
        Checks.present("preset", preset);
        Checks.positive("separationEasy", separationEasy);
        RATIO.check("separationRatio", separationRatio);
        Checks.nonNegative("answerEffect", answerEffect);
        EXPLOIT_RATE.check("exploitRate", exploitRate);
        Checks.nonNegative("exploitAppeal", exploitAppeal);
        Checks.positive("params", params);
    }

    /** d(p) = d_hi·(r + (1 − r)·p): the separation on a problem of pass@1 p. */
    public double separation(double p) {
        return separationEasy * (separationRatio + (1 - separationRatio) * p);
    }

    /** The weight of a score x on a problem of pass@1 p in weighted best-of-k. */
    double weight(double x, double logitP, double separation) {
        return calibratedWeights ? Problem.sigmoid(logitP + separation * x) : Problem.sigmoid(x);
    }

    /** The chance that a sample of {@code steps} steps holds an exploit step: 1 − (1 − ε_x)^S. */
    public double exploitPerSample(int steps) {
        return -Math.expm1(steps * Math.log1p(-exploitRate));
    }

    /** The AUC of one right against one wrong sample of another answer on a problem of pass@1 p. */
    public double auc(double p) {
        return 1 - Draws.normalSurvival(separation(p) / Math.sqrt(2 * (1 + answerEffect * answerEffect)));
    }

    /** The scoring model alone (size set to 1): what success tables are keyed by, whatever the verifier's size. */
    Verifier scoring() {
        return new Verifier(preset, separationEasy, separationRatio, answerEffect, calibratedWeights, exploitRate,
                exploitAppeal, 1);
    }

    /** The same scorer without exploits: an outcome verifier that judges final answers only. */
    public Verifier withoutExploits() {
        return new Verifier(preset, separationEasy, separationRatio, answerEffect, calibratedWeights, 0, 0, params);
    }
}
