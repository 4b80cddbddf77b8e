package io.flopsplit.check;

import io.flopsplit.compute.NumberText;
import java.util.Optional;

/**
 * The declared monotonicities, on the expected accuracy of a policy's allocations (the
 * {@link io.flopsplit.allocation.Expectation} of each in its world's truth, the same law draw in
 * both, since the two worlds share a seed): with more budget it must not fall, with more demand it
 * must not rise, beyond {@value #TOLERANCE}.
 */
final class Monotone {

    /**
     * Slack on the expected accuracies, a share of queries: a millionth, far below any difference a
     * Monte Carlo run resolves, and above the noise of the sizing root finders (the chinchilla policy's
     * expected accuracy wobbles by up to 8e-8 as the demand grows from one query to a dozen).
     */
    static final double TOLERANCE = 1e-6;

    private Monotone() {
    }

    /** How the policy breaks {@code invariant} between {@code less} and {@code more}, if it does. */
    static Optional<String> violation(Invariant invariant, Examination less, Examination more) {
        double before;
        double after;
        try {
            before = less.expectedAccuracy();
            after = more.expectedAccuracy();
        } catch (RuntimeException e) {
            return Optional.of("its expected accuracy cannot be computed: " + e.getMessage());
        }
        boolean budget = invariant == Invariant.MONOTONE_BUDGET;
        boolean broken = budget ? after < before - TOLERANCE : after > before + TOLERANCE;
        if (!broken) {
            return Optional.empty();
        }
        String what = budget ? " FLOPs" : " queries";
        double from = budget ? less.where().budgetFlops() : less.where().realQueries();
        double to = budget ? more.where().budgetFlops() : more.where().realQueries();
        return Optional.of("expected accuracy " + (budget ? "falls" : "rises") + " from "
                + NumberText.significant(before, 6) + " at " + NumberText.exact(from) + what + " to "
                + NumberText.significant(after, 6) + " at " + NumberText.exact(to) + what);
    }
}
