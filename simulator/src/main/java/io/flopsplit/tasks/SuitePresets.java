package io.flopsplit.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Built-in task suites, each with its calibration documented.
 *
 * <p>{@code math-like}: MATH-like competition mathematics, fitted (by
 * {@code io.flopsplit.calibration.MathLikeFit}, re-run in its test) to Brown et al. 2024 ("Large
 * Language Monkeys", arXiv 2407.21787) for Llama-3-8B-Instruct (8e9 params, 15e12 tokens, losses
 * from the {@code chinchilla} law) and to the Llama 3 model card's MATH pass@1 of 30.0% (8B) and
 * 50.4% (70B). Difficulty b = −logit P, P ~ Beta(0.53959, 0.31388) (a power-law left tail of
 * per-problem success, Schaeffer et al. 2025, arXiv 2502.17578), a = 1,
 * θ(L) = (1.8061898 − L)/0.04375391, ten distractors with Zipf exponent 0.67844. It reproduces
 * pass@1 30.000%, coverage@100 82.900% and coverage@10,000 98.440% exactly (three equations, three
 * unknowns), majority vote 40.95% at k = 100 (fitted), 40.89% at 1,000 and 40.86% at 10,000
 * (published 40.5–41.4, flat), and extrapolates coverage@10⁵ to 99.55% along its power law
 * (local exponent of −log coverage 0.54 from k ≈ 300 on). Under another law the same model has
 * another loss, hence another ability.
 *
 * <p>{@code snell-math}: a calibration stand-in for PaLM 2-S* on MATH as Snell et al. 2024 (arXiv
 * 2408.03314) show it, fitted by {@code io.flopsplit.calibration.SnellMathFit}: b = −logit P,
 * P ~ Beta(0.26530, 2.65577), ten near-uniform distractors (Zipf exponent 0.15333). The few-shot
 * base model has ability 0.26757 (pass@1 10.5%, majority vote 16.6–28.7% over N = 8–512), the
 * revision model 1.16577. PaLM 2-S*'s size and training data are not published, so its loss is not
 * calibrated: the ability scale is math-like's, anchored so that an 8e9-parameter model trained on
 * 15e12 tokens (chinchilla) is the base model. The suite exists to fit and check the test-time
 * strategies' constants against Snell et al.'s figures ({@code flopsplit calibration}), not as a
 * model of any deployment.
 *
 * <p>{@code narrow}: a homogeneous suite (b ~ N(0, 0.25²)) with the same ability scale as
 * {@code math-like}, anchored so that the same 8B model has pass@1 = 30% — the contrast in which
 * every problem is about equally hard, so majority vote and coverage both climb towards 1.
 */
public final class SuitePresets {

    /** The math-like fit's constants (see the class comment). */
    public static final double MATH_ALPHA = 0.5395925;
    public static final double MATH_BETA = 0.3138810;
    public static final double MATH_REFERENCE_LOSS = 1.8061898;
    public static final double MATH_LOSS_SCALE = 0.04375391;
    public static final double MATH_ZIPF_EXPONENT = 0.6784395;
    public static final int MATH_DISTRACTORS = 10;
    /** The snell-math fit's constants (see the class comment). */
    public static final double SNELL_ALPHA = 0.2652986;
    public static final double SNELL_BETA = 2.6557718;
    public static final double SNELL_BASE_ABILITY = 0.2675714;
    public static final double SNELL_REVISION_ABILITY = 1.1657706;
    public static final double SNELL_ZIPF_EXPONENT = 0.1533265;
    /** Chinchilla-law loss of an 8e9-parameter model trained on 15e12 tokens. */
    static final double LOSS_8B_15T = 1.9485316;

    private static final Map<String, TaskSuite> PRESETS = new LinkedHashMap<>();

    static {
        AbilityScale mathScale = new AbilityScale(MATH_REFERENCE_LOSS, MATH_LOSS_SCALE);
        Distractors mathDistractors = new Distractors(MATH_DISTRACTORS, MATH_ZIPF_EXPONENT);
        register(new TaskSuite("math-like", new DifficultyDistribution.LogitBeta(MATH_ALPHA, MATH_BETA, 0, 1), 1,
                mathScale, mathDistractors, TaskSuite.DEFAULT_GRID_POINTS,
                "fitted to Brown et al. 2024 (arXiv 2407.21787) MATH repeated sampling and the Llama 3 model card"));
        register(new TaskSuite("snell-math", new DifficultyDistribution.LogitBeta(SNELL_ALPHA, SNELL_BETA, 0, 1), 1,
                new AbilityScale(LOSS_8B_15T + MATH_LOSS_SCALE * SNELL_BASE_ABILITY, MATH_LOSS_SCALE),
                new Distractors(MATH_DISTRACTORS, SNELL_ZIPF_EXPONENT), TaskSuite.DEFAULT_GRID_POINTS,
                "calibration stand-in for PaLM 2-S* on MATH (Snell et al. 2024, arXiv 2408.03314), fitted to its"
                        + " majority-vote curve and revision-model bins; loss scale not calibrated"));
        DifficultyDistribution narrow = new DifficultyDistribution.Normal(0, 0.25);
        AbilityScale narrowScale = Calibration.fromAnchors(narrow.grid(TaskSuite.DEFAULT_GRID_POINTS), 1,
                List.of(new Anchor(LOSS_8B_15T, 0.30)), MATH_LOSS_SCALE);
        register(new TaskSuite("narrow", narrow, 1, narrowScale, mathDistractors, TaskSuite.DEFAULT_GRID_POINTS,
                "homogeneous difficulty, anchored at pass@1 = 0.30 for 8e9 params / 15e12 tokens (chinchilla)"));
    }

    private SuitePresets() {
    }

    private static void register(TaskSuite suite) {
        PRESETS.put(suite.id(), suite);
    }

    /** Every preset, in a fixed order. */
    public static List<TaskSuite> all() {
        return List.copyOf(PRESETS.values());
    }

    /**
     * The preset with this id.
     *
     * @throws IllegalArgumentException naming the known presets
     */
    public static TaskSuite resolve(String id) {
        TaskSuite suite = PRESETS.get(id);
        if (suite == null) {
            throw new IllegalArgumentException("unknown suite preset '" + id + "'; known: "
                    + String.join(", ", PRESETS.keySet()) + ", or a YAML file");
        }
        return suite;
    }
}
