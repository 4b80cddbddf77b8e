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
 * 50.4% (70B). Difficulty b ~ N(0, 3.20786²), a = 1, θ(L) = (1.859187 − L)/0.0466675, ten
 * distractors with Zipf exponent 0.89993. It reproduces pass@1 30.04% (published 30.0),
 * coverage@100 82.79% (82.9), coverage@10,000 98.96% (98.44; the largest residual, +0.52 points),
 * majority vote 40.95% at k = 100 (fitted), 40.84% at 1,000 and 40.82% at 10,000 (published
 * 40.5–41.4, flat). Least-squares RMS residual 0.0031. Under another law the same model has
 * another loss, hence another ability.
 *
 * <p>{@code narrow}: a homogeneous suite (b ~ N(0, 0.25²)) with the same ability scale as
 * {@code math-like}, anchored so that the same 8B model has pass@1 = 30% — the contrast in which
 * every problem is about equally hard, so majority vote and coverage both climb towards 1.
 */
public final class SuitePresets {

    /** The math-like fit's constants (see the class comment). */
    public static final double MATH_DIFFICULTY_SD = 3.2078554;
    public static final double MATH_REFERENCE_LOSS = 1.8591871;
    public static final double MATH_LOSS_SCALE = 0.04666755;
    public static final double MATH_ZIPF_EXPONENT = 0.8999315;
    public static final int MATH_DISTRACTORS = 10;
    /** Chinchilla-law loss of an 8e9-parameter model trained on 15e12 tokens. */
    static final double LOSS_8B_15T = 1.9485316;

    private static final Map<String, TaskSuite> PRESETS = new LinkedHashMap<>();

    static {
        AbilityScale mathScale = new AbilityScale(MATH_REFERENCE_LOSS, MATH_LOSS_SCALE);
        Distractors mathDistractors = new Distractors(MATH_DISTRACTORS, MATH_ZIPF_EXPONENT);
        register(new TaskSuite("math-like", new DifficultyDistribution.Normal(0, MATH_DIFFICULTY_SD), 1, mathScale,
                mathDistractors, TaskSuite.DEFAULT_GRID_POINTS,
                "fitted to Brown et al. 2024 (arXiv 2407.21787) MATH repeated sampling and the Llama 3 model card"));
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
