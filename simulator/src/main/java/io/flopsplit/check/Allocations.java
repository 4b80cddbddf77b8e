package io.flopsplit.check;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.compute.NumberText;

/** Allocations as one short phrase for messages: model, tokens, selection and strategy. */
final class Allocations {

    private Allocations() {
    }

    /** For example {@code 1.37e10 parameters on 1.06e12 tokens, greedy at k = 1}. */
    static String describe(Allocation allocation) {
        return describe(allocation, 4);
    }

    /** As {@link #describe(Allocation)}, with every number to {@code digits} significant digits (0: exactly). */
    static String describe(Allocation allocation, int digits) {
        return show(allocation.params(), digits) + " parameters on " + show(allocation.trainingTokens(), digits)
                + " tokens"
                + (allocation.selection().isPresent() ? " after " + show(allocation.selectionFlops(), digits)
                        + " FLOPs of data selection" : "")
                + ", " + allocation.strategy().id() + " at k = "
                + (allocation.k().isPresent() ? String.valueOf(allocation.k().getAsInt()) : "the largest affordable");
    }

    private static String show(double value, int digits) {
        return digits == 0 ? NumberText.exact(value) : NumberText.significant(value, digits);
    }
}
