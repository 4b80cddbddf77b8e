package io.flopsplit.calibration;

import io.flopsplit.inference.Plan;
import io.flopsplit.inference.Setting;
import io.flopsplit.inference.Strategy;
import java.util.function.IntToDoubleFunction;

/**
 * How much more compute a baseline needs for the accuracy of another plan: the FLOPs per query at
 * which the baseline's accuracy reaches the plan's, over the plan's own FLOPs per query — Snell et
 * al.'s measure of the efficiency of compute-optimal scaling against best-of-N (arXiv 2408.03314,
 * §5.3 and §6.3: the budget at which best-of-N matches compute-optimal). The baseline's accuracy is
 * taken at whole budgets k (found by doubling, then bisection) and interpolated linearly in ln k
 * between the two around the crossing; its FLOPs are linear in k, so they are interpolated too.
 */
final class ComputeEfficiency {

    /** The largest baseline budget searched: a baseline that needs more is reported as unable. */
    static final int MAX_BASELINE_K = 16384;

    private ComputeEfficiency() {
    }

    /** Baseline FLOPs to match {@code plan}'s accuracy in {@code setting}, over the plan's FLOPs. */
    static double ratio(Plan plan, Strategy baseline, Setting setting) {
        double target = plan.accuracy(setting.problems());
        return matchingFlops(k -> baseline.plan(setting, k).accuracy(setting.problems()),
                k -> baseline.flopsPerQuery(setting.deployment(), k), target, baseline.id())
                / plan.flopsPerQuery();
    }

    /**
     * {@link #ratio}, or where the baseline does not reach the plan's accuracy by k =
     * {@value #MAX_BASELINE_K}, the lower bound its FLOPs there over the plan's: for targets that
     * state a least efficiency, which a baseline that never catches up meets.
     */
    static double ratioAtLeast(Plan plan, Strategy baseline, Setting setting) {
        try {
            return ratio(plan, baseline, setting);
        } catch (Unreached e) {
            return baseline.flopsPerQuery(setting.deployment(), MAX_BASELINE_K) / plan.flopsPerQuery();
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
     * The FLOPs at which {@code accuracy} (of budget k, rising with k) first reaches {@code target}.
     *
     * @throws Unreached when it does not by k = {@value #MAX_BASELINE_K}
     */
    static double matchingFlops(IntToDoubleFunction accuracy, IntToDoubleFunction flops, double target,
            String baseline) {
        double first = accuracy.applyAsDouble(1);
        if (first >= target) {
            return flops.applyAsDouble(1);
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
        return (1 - share) * flops.applyAsDouble(below) + share * flops.applyAsDouble(above);
    }
}
