package io.flopsplit.plot;

import io.flopsplit.compute.Checks;

/**
 * The runs of one training budget in a law fit, and the fitted law's iso-FLOP curve at that budget.
 *
 * @param budgetFlops the training compute C of the runs, in FLOPs
 * @param observed the runs: loss against model size N
 * @param fitted the fitted law's loss against N at C
 */
public record FitGroup(double budgetFlops, Series observed, Series fitted) {

    public FitGroup {
        Checks.positive("budgetFlops", budgetFlops);
        Checks.present("observed", observed);
        Checks.present("fitted", fitted);
    }
}
