package io.flopsplit.calibration;

import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import java.util.function.IntToDoubleFunction;

/**
 * How much more compute a baseline needs for a given accuracy — Snell et al.'s measure of the
 * efficiency of compute-optimal scaling against best-of-N (arXiv 2408.03314, §5.3: the generation
 * budget at which best-of-N matches compute-optimal, "16 versus 64 generations"). Budgets are counted
 * as they count them, in generations, the same for every method ("for beam search and best-of-N the
 * generation budget corresponds to the number of beams and N respectively"; the verifier's overhead
 * is the same for all). The baseline's accuracy is taken at whole budgets k (found by doubling, then
 * bisection) and interpolated linearly in ln k between the two around the crossing; a cost linear
 * in k is interpolated too.
 */
final class ComputeEfficiency {

    /** The largest baseline budget searched: a baseline that needs more is reported as unable. */
    static final int MAX_BASELINE_K = 16384;

    private ComputeEfficiency() {
    }

    /** The generations {@code baseline} needs in {@code setting} to reach {@code accuracy}. */
    static double generations(double accuracy, Strategy baseline, Setting setting) {
        return matchingCost(k -> baseline.plan(setting, k).accuracy(setting.problems()), k -> k, accuracy,
                baseline.id());
    }

    /**
     * {@link #generations}, or where the baseline does not reach the accuracy by k =
     * {@value #MAX_BASELINE_K}, that budget: a lower bound, for targets that state a least efficiency,
     * which a baseline that never catches up meets.
     */
    static double generationsAtLeast(double accuracy, Strategy baseline, Setting setting) {
        try {
            return generations(accuracy, baseline, setting);
        } catch (Unreached e) {
            return MAX_BASELINE_K;
        }
    }

    /** The baseline does not reach the accuracy asked for within k = {@value #MAX_BASELINE_K}. */
    static final class Unreached extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Unreached(String message) {
            super(message);
        }
    }

    /**
     * The cost ({@code cost} of budget k, linear in k: FLOPs, or k itself for generations) at which
     * {@code accuracy} (of budget k, rising with k) first reaches {@code target}.
     *
     * @throws Unreached when it does not by k = {@value #MAX_BASELINE_K}
     */
    static double matchingCost(IntToDoubleFunction accuracy, IntToDoubleFunction cost, double target,
            String baseline) {
        double first = accuracy.applyAsDouble(1);
        if (first >= target) {
            return cost.applyAsDouble(1);
        }
        int below = 1;
        int above = 2;
        while (accuracy.applyAsDouble(above) < target) {
            if (above >= MAX_BASELINE_K) {
                throw new Unreached(baseline + " does not reach accuracy " + target + " within k = "
                        + MAX_BASELINE_K);
            }
            below = above;
            above = Math.min(2 * above, MAX_BASELINE_K);
        }
        while (above - below > 1) {
            int middle = (below + above) >>> 1;
            if (accuracy.applyAsDouble(middle) < target) {
                below = middle;
            } else {
                above = middle;
            }
        }
        double low = accuracy.applyAsDouble(below);
        double high = accuracy.applyAsDouble(above);
        double t = high > low ? (target - low) / (high - low) : 1;
        double k = Math.exp(Math.log(below) + t * Math.log((double) above / below));
        double share = (k - below) / (above - below);
        return (1 - share) * cost.applyAsDouble(below) + share * cost.applyAsDouble(above);
    }
}
