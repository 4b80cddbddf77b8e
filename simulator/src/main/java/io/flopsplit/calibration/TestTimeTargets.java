package io.flopsplit.calibration;

import io.flopsplit.calibration.CalibrationTarget.Basis;
import io.flopsplit.inference.PluralityVote;
import io.flopsplit.laws.LawProfiles;
import io.flopsplit.laws.LossLaw;
import io.flopsplit.tasks.ProblemSet;
import io.flopsplit.tasks.SuitePresets;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;

/**
 * Test-time calibration targets. First the points the {@code math-like} preset was fitted to
 * ({@link MathLikeFit}): Llama-3-8B-Instruct on MATH, repeated sampling and majority vote (Brown et
 * al. 2024, "Large Language Monkeys", arXiv 2407.21787), and pass@1 of the 8B and 70B instruct
 * models (Meta's Llama 3 model card, MATH 4-shot CoT), each model trained on 15e12 tokens and its
 * loss taken from the {@code chinchilla} law, as the fit does. The model's values come from the
 * shipped preset, not from re-running the fit.
 *
 * <p>Adding a target is one entry in {@link #targets()}.
 */
public final class TestTimeTargets {

    private static final Source BROWN = new Source("Brown et al. 2024, arXiv 2407.21787",
            "Fig. 2 (MATH, Llama-3-8B-Instruct)");
    private static final Source BROWN_VOTE = new Source("Brown et al. 2024, arXiv 2407.21787",
            "§4, Fig. 2: majority vote 40.5–41.4%, flat from k = 100");
    private static final Source MODEL_CARD = new Source("Meta Llama 3 model card",
            "MATH (4-shot CoT), instruct models");
    private static final String PRESET = "math-like preset";

    private TestTimeTargets() {
    }

    /** The test-time targets, in the order {@code flopsplit calibration} prints them. */
    public static List<CalibrationTarget> targets() {
        return List.of(
                new CalibrationTarget("B1", PRESET + ": greedy", "pass@1, 8e9 params on 15e12 tokens", MODEL_CARD,
                        new Tolerance.Absolute(MathLikeFit.PASS_AT_1_8B, 0.002), Basis.FITTED,
                        () -> llama8b().passAt1()),
                new CalibrationTarget("B2", PRESET + ": best-of-k, oracle verifier",
                        "coverage at k = 100, 8e9 params", BROWN,
                        new Tolerance.Absolute(MathLikeFit.COVERAGE_AT_100, 0.003), Basis.FITTED,
                        () -> llama8b().coverage(100)),
                new CalibrationTarget("B3", PRESET + ": best-of-k, oracle verifier",
                        "coverage at k = 10000, 8e9 params", BROWN,
                        new Tolerance.Absolute(MathLikeFit.COVERAGE_AT_10000, 0.006), Basis.FITTED,
                        () -> llama8b().coverage(10_000)),
                new CalibrationTarget("B4", PRESET + ": majority vote", "accuracy at k = 100, 8e9 params",
                        BROWN_VOTE, majorityBand(), Basis.FITTED, () -> majorityVote(100)),
                new CalibrationTarget("B5", PRESET + ": majority vote", "accuracy at k = 1000, 8e9 params",
                        BROWN_VOTE, majorityBand(), Basis.PREDICTED, () -> majorityVote(1000)),
                new CalibrationTarget("B6", PRESET + ": majority vote", "accuracy at k = 10000, 8e9 params",
                        BROWN_VOTE, majorityBand(), Basis.PREDICTED, () -> majorityVote(10_000)),
                new CalibrationTarget("B7", PRESET + ": greedy", "pass@1, 70e9 params on 15e12 tokens", MODEL_CARD,
                        new Tolerance.Absolute(MathLikeFit.PASS_AT_1_70B, 0.0005), Basis.FITTED,
                        () -> suite().passAt1(chinchilla().loss(MathLikeFit.PARAMS_70B, MathLikeFit.TOKENS))));
    }

    private static Tolerance majorityBand() {
        return new Tolerance.Band(MathLikeFit.MAJORITY_VOTE, 0.405, 0.414);
    }

    private static TaskSuite suite() {
        return SuitePresets.resolve("math-like");
    }

    private static LossLaw chinchilla() {
        return LawProfiles.resolve("chinchilla").law();
    }

    private static ProblemSet llama8b() {
        return suite().problemsAt(chinchilla().loss(MathLikeFit.PARAMS_8B, MathLikeFit.TOKENS));
    }

    private static double majorityVote(int k) {
        PluralityVote vote = new PluralityVote(suite().distractors().shares());
        return llama8b().mean(problem -> vote.success(problem.passAt1(), k));
    }
}
