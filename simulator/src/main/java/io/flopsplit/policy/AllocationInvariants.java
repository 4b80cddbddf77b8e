package io.flopsplit.policy;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariants every allocation must keep, for checking built-in and user-written policies alike
 * (e.g. from a QuickTheories property over random forecasts): everything finite; nothing negative;
 * selection, training and inference add up to the budget; the budget is never overdrawn; the model
 * trains on at least one token; the strategy budget k, if fixed, is at least one. An empty list
 * means the allocation is sound.
 */
public final class AllocationInvariants {

    /** Relative slack allowed on conservation for floating-point rounding. */
    public static final double RELATIVE_TOLERANCE = 1e-9;

    private AllocationInvariants() {
    }

    /** What is wrong with {@code policy}'s allocation for {@code forecast}; empty when nothing is. */
    public static List<String> violations(Policy policy, Forecast forecast) {
        Allocation allocation;
        try {
            allocation = policy.allocate(forecast);
        } catch (IllegalArgumentException refused) {
            return List.of();
        }
        return violations(allocation, forecast);
    }

    /** What is wrong with {@code allocation} under {@code forecast}; empty when nothing is. */
    public static List<String> violations(Allocation allocation, Forecast forecast) {
        List<String> wrong = new ArrayList<>();
        double budget = forecast.budgetFlops();
        double selection = allocation.selectionFlops();
        double training = allocation.trainingFlops(forecast);
        double inference = allocation.inferenceFlops(forecast);
        for (double value : new double[] {allocation.params(), allocation.trainingTokens(), selection, training,
                inference}) {
            if (!Double.isFinite(value)) {
                wrong.add("a quantity is not finite: " + value);
                return wrong;
            }
        }
        double slack = RELATIVE_TOLERANCE * budget;
        if (selection < 0 || training < 0) {
            wrong.add("negative allocation: selection " + show(selection) + ", training " + show(training));
        }
        if (inference < -slack) {
            wrong.add("overdrawn: selection " + show(selection) + " + training " + show(training) + " exceed the budget "
                    + show(budget));
        }
        if (Math.abs(selection + training + Math.max(0, inference) - budget) > slack && inference >= -slack) {
            wrong.add("not conserved: selection + training + inference = "
                    + show(selection + training + inference) + ", budget " + show(budget));
        }
        if (allocation.trainingTokens() < 1) {
            wrong.add("trains on fewer than one token: " + show(allocation.trainingTokens()));
        }
        return wrong;
    }

    private static String show(double value) {
        return NumberText.significant(value, 6);
    }
}
