package io.flopsplit.tasks;

import io.flopsplit.compute.Checks;

/**
 * One problem met by one model: the two-parameter item-response model, in which a
 * single attempt succeeds with probability p = σ(a·(θ − b)) for ability θ, difficulty b and
 * discrimination a (Birnbaum's 2PL model; σ is the logistic function). All probabilities are
 * computed from the logit in a form that stays exact in the tails (no 1 − p cancellation).
 *
 * @param difficulty b, on the ability scale
 * @param ability θ of the model, from its pretraining loss
 * @param discrimination a &gt; 0, how sharply success switches on as θ passes b
 */
public record Problem(double difficulty, double ability, double discrimination) {

    public Problem {
        Checks.finite("difficulty", difficulty);
        Checks.finite("ability", ability);
        Checks.positive("discrimination", discrimination);
    }

    /** a·(θ − b), the log-odds of one attempt succeeding. */
    public double logit() {
        return discrimination * (ability - difficulty);
    }

    /** p = σ(logit): the probability that one sampled attempt is correct (pass@1). */
    public double passAt1() {
        return sigmoid(logit());
    }

    /** log(1 − p), exact for p near 0 and near 1. */
    public double logFailure() {
        return -softplus(logit());
    }

    /** Coverage 1 − (1 − p)^k of k independent attempts (Brown et al. 2024, arXiv 2407.21787, Eq. 1). */
    public double coverage(double k) {
        return -Math.expm1(k * logFailure());
    }

    /** The same problem met with ability raised by {@code delta}. */
    public Problem withAbilityBoost(double delta) {
        return new Problem(difficulty, ability + delta, discrimination);
    }

    /** The logistic function, evaluated without overflow. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** log(1 + e^x), evaluated without overflow. */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
