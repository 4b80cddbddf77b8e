package io.flopsplit.inference;

import io.flopsplit.compute.Checks;

/**
 * Weighted best-of-k: k samples are scored and the final answer with the largest summed weight is
 * returned — Snell et al. 2024's "best-of-N weighted" (arXiv 2408.03314, §5.1, after Li et al.
 * 2023), the baseline of their search and revision results, and Brown et al. 2024's "reward model +
 * majority vote" (arXiv 2407.21787, App. D). Costs, tables and sampler as {@link BestOfKVerifier}
 * ({@link VerifierSelection}). With the calibrated weights of {@link Verifier} it votes like
 * majority voting on easy problems and weighs the verifier more on hard ones; it converges to the
 * answer with the largest probability × mean weight (Wu et al. 2024, arXiv 2408.00724, Thm 2), so
 * it plateaus.
 *
 * @param verifier the scoring model and the verifier's size
 * @param steps steps per sample (the chances it has to hold an exploit)
 */
public record WeightedBestOfK(Verifier verifier, int steps) implements VerifierSelection {

    public static final String ID = "weighted-best-of-k";
    public static final StrategyType TYPE = new StrategyType(ID,
            "k samples, the answer with the largest summed verifier weight returned (Snell et al. 2024)",
            VerifierKeys.ALL, (parameters, modelParams) -> new WeightedBestOfK(
                    VerifierKeys.verifier(parameters, modelParams), VerifierKeys.steps(parameters)), true);

    public WeightedBestOfK {
        Checks.present("verifier", verifier);
        VerifierKeys.STEPS.check((long) steps);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public VerifierTables.Selection selection() {
        return VerifierTables.Selection.WEIGHTED;
    }
}
