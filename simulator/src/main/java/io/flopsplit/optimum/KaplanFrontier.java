package io.flopsplit.optimum;

import io.flopsplit.compute.Checks;
import io.flopsplit.compute.ComputeUnits;

/**
 * The compute-efficient frontier fitted by Kaplan et al. 2020 (arXiv 2001.08361, Eq. 1.7 and
 * Fig. 14): N_opt = 1.3e9·C^0.73 and D_opt = 2e10·C^0.27 with C in petaflop/s-days. It is a
 * separate fit from the optimum of their joint law L(N, D) ({@link ComputeOptimal} on
 * {@code kaplan}); the two disagree, and a "Kaplan allocation" must say which it uses. Its N·D is
 * not C/6: the paper counts compute over steps at a critical batch size, not as 6·N·D.
 */
public final class KaplanFrontier {

    private KaplanFrontier() {
    }

    /** N_opt = 1.3e9·C^0.73, C in PF-days. */
    public static double params(double budgetFlops) {
        return 1.3e9 * Math.pow(petaflopDays(budgetFlops), 0.73);
    }

    /** D_opt = 2e10·C^0.27, C in PF-days. */
    public static double tokens(double budgetFlops) {
        return 2e10 * Math.pow(petaflopDays(budgetFlops), 0.27);
    }

    private static double petaflopDays(double budgetFlops) {
        return ComputeUnits.toPetaflopDays(Checks.positive("budgetFlops", budgetFlops));
    }
}
