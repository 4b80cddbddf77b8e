package io.flopsplit.calibration;

import io.flopsplit.calibration.CalibrationTarget.Basis;
import io.flopsplit.compute.ComputeConvention;
import io.flopsplit.inference.BeamSearch;
import io.flopsplit.inference.Deployment;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategies;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.WeightedBestOfK;
import io.flopsplit.scenario.DeploymentSection;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Wu et al. 2024 (arXiv 2408.00724, Table 1: MATH500, answers chosen by weighted voting): a 7B model
 * with tree search (their REBASE) matches a 34B model sampling at a fraction of the FLOPs — Llemma-7B
 * with REBASE reaches 46.8% at 1.48e14 FLOPs, Llemma-34B sampling 64 solutions 46.7% at 1.21e15, and
 * Llemma-7B sampling 256 solutions 45.5% at 1.0e15.
 *
 * <p>The stand-in: {@code math-like} (MATH's difficulties as fitted to Llama-3-8B) for MATH500,
 * {@code weighted-best-of-k} (verifier scores summed over identical answers, their weighted voting) for
 * sampling, {@code beam-search} against the {@code snell-prm} PRM for REBASE (a reward-guided search
 * over steps, though REBASE balances expansion by reward where beam search keeps the best M of N), and
 * {@code snell-prm} for their reward model. The two models' abilities on the suite are fitted, one
 * each, to the two sampling rows (W1, W2: exact, two constants for two points); the search is then a
 * prediction: its accuracy at REBASE's FLOPs (W3) and the FLOPs it needs for the 34B's accuracy, against
 * the 34B's (W4), and for the 7B's own sampling accuracy, against
 * that sampling (W5: REBASE at 1.48e14 already beats it, so the published 6.76 is a least ratio; the
 * stand-in's search needs about a fifteenth of the sampling's FLOPs, twice that bound, the strength at
 * small budgets that S11 shows on {@code snell-math}).
 *
 * <p>FLOPs are counted as the table counts them: the policy model's generation only, 2·N per
 * generated token, 280 tokens a solution (the scenarios' default answer length, set from this table),
 * no prompt and no reward model — what the table's own sampling rows imply (1.0e15 / (256 · 2 · 7e9) = 279 tokens a solution,
 * 1.21e15 / (64 · 2 · 34e9) = 278). Not captured: Llemma's own difficulty profile and reward model,
 * REBASE's expansion rule and its extra tokens (its 32 solutions cost about 38 solutions' tokens; the
 * stand-in's search is evaluated at the FLOPs, k = 38).
 */
final class WuTargets {

    static final double PARAMS_7B = 7e9;
    static final double PARAMS_34B = 34e9;
    /** Generated tokens per solution, as Table 1's FLOPs imply: the scenarios' default answer length. */
    static final double TOKENS_PER_SAMPLE = DeploymentSection.ANSWER_TOKENS.defaultValue();
    static final int SAMPLES_7B = 256;
    static final double SAMPLING_7B = 0.455;
    static final double SAMPLING_7B_FLOPS = 1.0e15;
    static final int SAMPLES_34B = 64;
    static final double SAMPLING_34B = 0.467;
    static final double SAMPLING_34B_FLOPS = 1.21e15;
    static final double REBASE = 0.468;
    static final double REBASE_FLOPS = 1.48e14;
    /** A table value is given to a tenth of a point. */
    private static final double ROUNDING = 0.0005;
    /**
     * How far the stand-in's search may land from REBASE's accuracy: neither the suite nor the PRM is
     * Llemma's, and nothing here was fitted to a search result; two points say the mechanism carries over.
     */
    private static final double STAND_IN = 0.02;
    private static final double FLOPS_FACTOR = 2;

    private static final Source TABLE_1 = new Source("Wu et al. 2024, arXiv 2408.00724",
            "Table 1 (MATH500, weighted voting)");
    private static final String SUBJECT = "math-like stand-in for Llemma-7B and -34B";

    private WuTargets() {
    }

    static List<CalibrationTarget> targets() {
        return List.of(
                new CalibrationTarget("W1", SUBJECT + ": weighted-best-of-k, 7B", "accuracy at N = " + SAMPLES_7B
                        + " (the 7B's ability fitted to it)", TABLE_1, new Tolerance.Absolute(SAMPLING_7B, ROUNDING),
                        Basis.FITTED, () -> sampling(PARAMS_7B, Abilities.SMALL, SAMPLES_7B)),
                new CalibrationTarget("W2", SUBJECT + ": weighted-best-of-k, 34B", "accuracy at N = " + SAMPLES_34B
                        + " (the 34B's ability fitted to it)", TABLE_1, new Tolerance.Absolute(SAMPLING_34B, ROUNDING),
                        Basis.FITTED, () -> sampling(PARAMS_34B, Abilities.LARGE, SAMPLES_34B)),
                new CalibrationTarget("W3", SUBJECT + ": beam-search (for REBASE), 7B", "accuracy at REBASE's "
                        + "1.48e14 FLOPs (k = " + budgetAt(REBASE_FLOPS) + ")", TABLE_1,
                        new Tolerance.Absolute(REBASE, STAND_IN), Basis.PREDICTED,
                        () -> searchAccuracy(BeamSearch.ID, budgetAt(REBASE_FLOPS))),
                new CalibrationTarget("W4", SUBJECT + ": beam-search 7B vs weighted-best-of-k 34B", "the 34B's FLOPs at"
                        + " N = " + SAMPLES_34B + " over the 7B search's FLOPs for the same accuracy", TABLE_1,
                        new Tolerance.Factor(SAMPLING_34B_FLOPS / REBASE_FLOPS, FLOPS_FACTOR), Basis.PREDICTED,
                        () -> flopsRatio(BeamSearch.ID, PARAMS_34B, SAMPLES_34B, sampling(PARAMS_34B, Abilities.LARGE,
                                SAMPLES_34B))),
                new CalibrationTarget("W5", SUBJECT + ": beam-search vs weighted-best-of-k, 7B", "the sampling's FLOPs"
                        + " at N = " + SAMPLES_7B + " over the search's FLOPs for the same accuracy", TABLE_1,
                        Tolerance.Direction.above(SAMPLING_7B_FLOPS / REBASE_FLOPS, "REBASE at 1.48e14 FLOPs already"
                                + " beats 256 samples at 1.0e15: at least 6.76 times less compute"), Basis.PREDICTED,
                        () -> flopsRatio(BeamSearch.ID, PARAMS_7B, SAMPLES_7B, sampling(PARAMS_7B, Abilities.SMALL,
                                SAMPLES_7B))));
    }

    /** FLOPs of {@code samples} solutions of a model of {@code params}, as Table 1 counts them. */
    static double generationFlops(double params, double samples) {
        return 2 * params * TOKENS_PER_SAMPLE * samples;
    }

    /** The whole budget k whose generation FLOPs on the 7B are nearest {@code flops}. */
    static int budgetAt(double flops) {
        return (int) Math.round(flops / generationFlops(PARAMS_7B, 1));
    }

    /** The 7B's accuracy with {@code search} at budget k. */
    static double searchAccuracy(String search, int k) {
        Setting setting = setting(PARAMS_7B, Abilities.SMALL);
        return Strategies.create(search, StrategyParameters.defaults(), PARAMS_7B).plan(setting, k)
                .accuracy(setting.problems());
    }

    /**
     * The FLOPs of {@code samples} solutions of the model of {@code params} over those the 7B needs with
     * {@code search} to reach {@code accuracy}.
     */
    static double flopsRatio(String search, double params, int samples, double accuracy) {
        double searchFlops = ComputeEfficiency.matchingCost(k -> searchAccuracy(search, k),
                k -> generationFlops(PARAMS_7B, k), accuracy, search);
        return generationFlops(params, samples) / searchFlops;
    }

    /** Weighted-best-of-k's accuracy at {@code samples} for a model of {@code params} at {@code ability}. */
    static double sampling(double params, double ability, int samples) {
        Setting setting = setting(params, ability);
        return Strategies.create(WeightedBestOfK.ID, StrategyParameters.defaults(), params).plan(setting, samples)
                .accuracy(setting.problems());
    }

    /** The suite at {@code ability}, served by a model of {@code params}. */
    private static Setting setting(double params, double ability) {
        TaskSuite suite = SuitePresets.resolve("math-like");
        double loss = suite.ability().referenceLoss() - suite.ability().lossScale() * ability;
        return new Setting(suite, loss, new Deployment(params, 0, TOKENS_PER_SAMPLE, ComputeConvention.STANDARD));
    }

    /** The two models' abilities, fitted once, when a target first asks. */
    static final class Abilities {
        static final double SMALL = fit(PARAMS_7B, SAMPLES_7B, SAMPLING_7B);
        static final double LARGE = fit(PARAMS_34B, SAMPLES_34B, SAMPLING_34B);

        private Abilities() {
        }

        /** The ability at which weighted-best-of-k at {@code samples} reaches {@code accuracy} (Brent's root). */
        private static double fit(double params, int samples, double accuracy) {
            return new BrentSolver(1e-10).solve(200, ability -> sampling(params, ability, samples) - accuracy, -10, 10);
        }
    }
}
