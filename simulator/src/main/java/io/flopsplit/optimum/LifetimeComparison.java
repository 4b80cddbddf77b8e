package io.flopsplit.optimum;

import io.flopsplit.compute.Checks;

/**
 * The inference-aware optimum next to its reference, the cheapest-to-train model of the same loss
 * serving the same lifetime demand (Sardana et al. 2024, arXiv 2401.00448, Fig. 1).
 *
 * @param optimum the model minimising lifetime FLOPs
 * @param reference the cheapest-to-train model of the same loss, serving the same demand
 */
public record LifetimeComparison(ModelPlan optimum, ModelPlan reference) {

    public LifetimeComparison {
        Checks.present("optimum", optimum);
        Checks.present("reference", reference);
    }

    /** 1 − optimum total FLOPs / reference total FLOPs: the share of lifetime compute saved. */
    public double savingFraction() {
        return 1 - optimum.totalFlops() / reference.totalFlops();
    }
}
