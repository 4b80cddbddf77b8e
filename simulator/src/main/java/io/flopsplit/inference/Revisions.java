package io.flopsplit.inference;

import io.flopsplit.compute.Range;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.tasks.Problem;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sequential revisions (Snell et al. 2024, arXiv 2408.03314, §6): a first answer,
 * then k − 1 revisions, each conditioned on the previous answer; the last answer is returned. A
 * revision fixes a wrong answer with probability r·p_i (a model rarely fixes what it could not
 * solve afresh, so fixes scale with the problem's pass@1) and breaks a right one with probability
 * ε. This two-state Markov chain has the closed form
 * P_k = π + (p − π)·(1 − r·p − ε)^(k−1), π = r·p/(r·p + ε).
 * The chain is one growing sequence with a shared key/value cache, so every token is processed once:
 * 2·N·(τ_in + k·τ_out). The sampler jumps from flip to flip with geometric draws.
 *
 * @param fixRate r in [0, 1], the chance a revision fixes a wrong answer, relative to pass@1
 * @param breakRate ε in [0, 1], the chance a revision breaks a right answer
 */
public record Revisions(double fixRate, double breakRate) implements Strategy, LogitSuccess {

    public static final String ID = "revisions";
    public static final NumberKey FIX_RATE = Keys.number("fixRate",
            "Revisions: chance a revision fixes a wrong answer, relative to its pass@1 (an assumption, not a fit)",
            0.5, Range.PROBABILITY);
    public static final NumberKey BREAK_RATE = Keys.number("breakRate",
            "Revisions: chance a revision breaks a right answer (an assumption, not a fit)", 0.05,
            Range.PROBABILITY);
    public static final StrategyType TYPE = new StrategyType(ID,
            "A first answer and k - 1 revisions, the last returned (Snell et al. 2024, sec. 6)",
            List.of(FIX_RATE, BREAK_RATE), (parameters, modelParams) -> new Revisions(parameters.get(FIX_RATE),
                    parameters.get(BREAK_RATE)));

    public Revisions {
        FIX_RATE.check(fixRate);
        BREAK_RATE.check(breakRate);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Success depends on the parameters in this key (the tabulation key, {@link LogitSuccess}). */
    @Override
    public Object successKey() {
        return this;
    }

    /** P(the last of k answers is correct). */
    public double successProbability(Problem problem, int k) {
        double p = problem.passAt1();
        double fix = fixRate * p;
        double leave = fix + breakRate;
        if (leave == 0 || k == 1) {
            return p;
        }
        double stationary = fix / leave;
        return stationary + (p - stationary) * Math.pow(1 - leave, k - 1);
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        return deployment.samplingFlops(Strategy.checkK(k));
    }

    /**
     * One draw for the first answer and one per change of its correctness: a revision changes it
     * with probability at most max(fixRate, breakRate), so about k·max(fixRate, breakRate) draws.
     */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        return 2 + (k - 1.0) * Math.max(fixRate, breakRate);
    }

    @Override
    public int maxK() {
        return MAX_SAMPLES;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        return new FixedPlan(ID, k, setting.deployment().samplingFlops(k), problem -> successProbability(problem, k),
                (problem, rng) -> sampleChain(rng, problem.passAt1(), k));
    }

    private boolean sampleChain(UniformRandomProvider rng, double p, int k) {
        boolean correct = Draws.bernoulli(rng, p);
        long revisionsLeft = k - 1L;
        while (true) {
            double flip = correct ? breakRate : fixRate * p;
            long wait = Draws.failuresBeforeSuccess(rng, flip);
            if (wait >= revisionsLeft) {
                return correct;
            }
            revisionsLeft -= wait + 1;
            correct = !correct;
        }
    }
}
