package io.flopsplit.check;

import io.flopsplit.allocation.Allocation;
import io.flopsplit.allocation.Forecast;
import io.flopsplit.compute.NumberText;
import io.flopsplit.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What every allocation must satisfy on its own, before anything is played: its FLOPs are finite
 * (N and D are, by {@link Allocation}'s own checks, but 6·N·D can still overflow), and selection plus
 * training never exceed the budget — decided exactly, on the doubles the allocation asks for, so
 * that even one FLOP over a budget of 10^30 (far below one ulp of it) is caught. Selection and
 * training FLOPs are positive by construction; the share that can go negative is what is left for
 * inference.
 */
public final class AllocationInvariants {

    private AllocationInvariants() {
    }

    /** What is wrong with {@code allocation} under {@code forecast}; empty when nothing is. */
    public static List<String> violations(Allocation allocation, Forecast forecast) {
        List<String> wrong = new ArrayList<>();
        double budget = forecast.budgetFlops();
        double selection = allocation.selectionFlops();
        double training = allocation.trainingFlops(forecast);
        if (!Double.isFinite(selection) || !Double.isFinite(training)) {
            wrong.add("FLOPs are not finite: selection " + show(selection) + ", training " + show(training));
            return wrong;
        }
        BigDecimal excess = new BigDecimal(selection).add(new BigDecimal(training)).subtract(new BigDecimal(budget));
        if (excess.signum() > 0) {
            wrong.add(excess.doubleValue() > Ledger.RELATIVE_TOLERANCE * budget
                    ? "negative inference share: selection " + show(selection) + " + training " + show(training)
                            + " FLOPs exceed the budget " + show(budget) + " by "
                            + NumberText.significant(excess.doubleValue(), 6)
                    : "overdraws the budget by " + excess.toPlainString() + (excess.compareTo(BigDecimal.ONE) == 0
                            ? " FLOP" : " FLOPs") + ": selection " + show(selection)
                            + " + training " + show(training) + " = budget " + show(budget) + " + "
                            + excess.toPlainString() + ", exactly");
        }
        return wrong;
    }

    private static String show(double value) {
        return NumberText.exact(value);
    }
}
