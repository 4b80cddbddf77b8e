package io.flopsplit.plot;

import io.flopsplit.compute.Checks;

/**
 * The loss of every model size trained with one compute budget C (tokens D = C/(6N)), and the
 * compute-optimal size on it: one curve of an iso-FLOP figure (Hoffmann et al. 2022, Fig. 3).
 *
 * @param budgetFlops the training budget C in FLOPs
 * @param curve loss against model size N at C
 * @param optimumParams the compute-optimal N at C
 * @param optimumLoss the loss at that N
 */
public record IsoFlopCurve(double budgetFlops, Series curve, double optimumParams, double optimumLoss) {

    public IsoFlopCurve {
        Checks.positive("budgetFlops", budgetFlops);
        Checks.present("curve", curve);
        Checks.positive("optimumParams", optimumParams);
        Checks.finite("optimumLoss", optimumLoss);
    }
}
