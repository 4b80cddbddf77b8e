package io.flopsplit.calibration;

import static io.flopsplit.calibration.TestTimeCases.accuracy;
import static io.flopsplit.calibration.TestTimeCases.llama8b;
import static io.flopsplit.calibration.TestTimeCases.strategy;

import io.flopsplit.calibration.CalibrationTarget.Basis;
import io.flopsplit.inference.StrategyParameters;
import io.flopsplit.inference.VerifierKeys;
import io.flopsplit.inference.VerifierPreset;
import java.util.ArrayList;
import java.util.List;

/**
 * Brown et al. 2024 (arXiv 2407.21787, §4.1, Fig. 7): Llama-3-8B-Instruct on MATH with the ArmoRM
 * reward model — reward model + best-of-N ≈ 0.31 and reward model + majority vote (scores summed
 * over identical answers, App. D: weighted best-of-k) ≈ 0.41–0.42, both flat from about 100 samples
 * while coverage keeps rising. The {@code armorm} preset was fitted to these six points (BOBYQA on
 * the separation and the answer effect; third-party reading of the figure, ±2 points); the plateau
 * rows are the shape the answer-level effect gives.
 */
final class VerifierTargets {

    private static final String SUBJECT = "math-like 8B, armorm";
    private static final Source FIG_7 = new Source("Brown et al. 2024, arXiv 2407.21787",
            "Fig. 7, third-party reading of the figure");
    private static final Source SEC_4_1 = new Source("Brown et al. 2024, arXiv 2407.21787",
            "§4.1: selection methods \"plateau around 100 samples\"");
    private static final int[] BUDGETS = {100, 1000, 10_000};

    private VerifierTargets() {
    }

    static List<CalibrationTarget> targets() {
        List<CalibrationTarget> targets = new ArrayList<>();
        for (int i = 0; i < BUDGETS.length; i++) {
            int k = BUDGETS[i];
            targets.add(new CalibrationTarget("V" + (1 + i), SUBJECT + ": best-of-k-verifier",
                    "reward model + best-of-N at k = " + k, FIG_7, new Tolerance.Absolute(0.31, 0.02), Basis.FITTED,
                    () -> accuracy(strategy("best-of-k-verifier", armorm()), llama8b(), k)));
        }
        for (int i = 0; i < BUDGETS.length; i++) {
            int k = BUDGETS[i];
            targets.add(new CalibrationTarget("V" + (4 + i), SUBJECT + ": weighted-best-of-k",
                    "reward model + majority vote at k = " + k, FIG_7, new Tolerance.Absolute(0.415, 0.02),
                    Basis.FITTED, () -> accuracy(strategy("weighted-best-of-k", armorm()), llama8b(), k)));
        }
        targets.add(new CalibrationTarget("V7", SUBJECT + ": best-of-k-verifier", "accuracy at 10^4 - at 10^2",
                SEC_4_1, Tolerance.Direction.below(0.01, "plateau from about 100 samples"), Basis.PREDICTED,
                () -> plateau("best-of-k-verifier")));
        targets.add(new CalibrationTarget("V8", SUBJECT + ": weighted-best-of-k", "accuracy at 10^4 - at 10^2",
                SEC_4_1, Tolerance.Direction.below(0.01, "plateau from about 100 samples"), Basis.PREDICTED,
                () -> plateau("weighted-best-of-k")));
        targets.add(new CalibrationTarget("V9", "math-like 8B: pass@k", "coverage at 10^4 - at 10^2", SEC_4_1,
                Tolerance.Direction.above(0.1, "coverage \"continues to increase\" past the selectors' plateau"),
                Basis.PREDICTED, () -> llama8b().problems().coverage(10_000) - llama8b().problems().coverage(100)));
        return targets;
    }

    private static StrategyParameters armorm() {
        return StrategyParameters.defaults().with(VerifierKeys.PRESET, VerifierPreset.ARMORM.id());
    }

    private static double plateau(String id) {
        return accuracy(strategy(id, armorm()), llama8b(), 10_000) - accuracy(strategy(id, armorm()), llama8b(), 100);
    }
}
