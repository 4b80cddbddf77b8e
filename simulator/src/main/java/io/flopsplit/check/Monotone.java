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
     * Slack on the expected accuracies, a share of queries: 1e-9, thirty times the largest change
     * against a declared monotonicity measured in the built-in policies but the oracle: 3.2e-11
     * (selection-heavy, as the demand grows from 178 to 2,240 queries on 5.01e28 FLOPs), 3.0e-11 with
     * another seed, 1.4e-11 for small-plus-search, none for the others, over 150 pairs drawn from
     * {@link WorldSpace#whole()} per policy, monotonicity and seed (QuickTheories seeds 7 and 11).
     * What is left is the precision of the sizing: the training FLOPs are a root in ln T known to
     * 1e-12 and a size searched on a flat loss surface is known to about 1e-10, which moves the loss,
     * and so the accuracy, by about 1e-11. The tabulated curves
     * ({@link io.flopsplit.tabulation.SuccessCurve}) add nothing measurable: a pair's two readings
     * are mostly values of one smooth spline at nearly the same ability, whose error is then nearly
     * the same in both. The tolerance is far below any difference a Monte Carlo run resolves or a
     * table prints, yet a policy whose inference allocation is 1e-5 of one answer short of serving
     * the demand, whatever the demand (so that more queries raise the share served), is caught; at
     * the 2e-5 once allowed it was not.
     */
    static final double TOLERANCE = 1e-9;

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
