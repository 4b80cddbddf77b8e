package io.flopsplit.check;

import io.flopsplit.compute.NumberText;
import io.flopsplit.tabulation.SuccessCurve;
import java.util.Optional;

/**
 * The declared monotonicities, on the expected accuracy of a policy's allocations (the
 * {@link io.flopsplit.allocation.Expectation} of each in its world's truth, the same law draw in
 * both, since the two worlds share a seed): with more budget it must not fall, with more demand it
 * must not rise, beyond {@value #TOLERANCE}.
 */
final class Monotone {

    /**
     * Slack on the expected accuracies, a share of queries: 2e-5, twenty times the
     * {@link SuccessCurve#TOLERANCE} that the tabulated success curves an expected accuracy reads are
     * checked to at their midpoints. A natural cubic spline is not monotone-preserving and strays a
     * little more between the midpoints, so two readings of nearly the same plan can disagree by
     * several times that tolerance (6e-6 seen for chinchilla and selection-heavy as the demand grows
     * by a few queries, where the true change is below 1e-9); the sizing root finders add up to 8e-8.
     * Far below any difference a Monte Carlo run resolves or a table prints.
     */
    static final double TOLERANCE = 20 * SuccessCurve.TOLERANCE;

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
