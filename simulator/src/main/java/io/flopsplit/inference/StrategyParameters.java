package io.flopsplit.inference;

import io.flopsplit.compute.Checks;

/**
 * The parameters every built-in strategy is made from, with documented defaults. None of the
 * defaults is a fitted value: they are plausible, stated assumptions a scenario should override.
 *
 * @param verifierAuc AUC of the outcome verifier of best-of-k, in (0.5, 1] (default 0.8)
 * @param verifierParams its size in parameters; NaN means "as large as the answering model"
 * @param prmAuc per-step AUC of beam search's process reward model (default 0.8)
 * @param steps steps per solution in beam search (default 5)
 * @param branching children per beam per step (default 4, as Snell et al. 2024 §5.1)
 * @param cotBoostPerDoubling chain-of-thought ability gain per doubling of answer length (0.3)
 * @param cotMaxBoost cap on that gain (1.0)
 * @param fixRate revisions: chance to fix a wrong answer, relative to pass@1 (0.5)
 * @param breakRate revisions: chance to break a right answer (0.05)
 * @param difficultyNoise adaptive: standard deviation of the difficulty estimate (0.5)
 * @param bins adaptive: number of difficulty bins (5, as Snell et al. 2024)
 */
public record StrategyParameters(double verifierAuc, double verifierParams, double prmAuc, int steps, int branching,
        double cotBoostPerDoubling, double cotMaxBoost, double fixRate, double breakRate, double difficultyNoise,
        int bins) {

    /** The defaults listed above. */
    public static final StrategyParameters DEFAULTS =
            new StrategyParameters(0.8, Double.NaN, 0.8, 5, 4, 0.3, 1.0, 0.5, 0.05, 0.5, 5);

    public StrategyParameters {
        new Verifier(verifierAuc, 1);
        new Verifier(prmAuc, 1);
        if (!Double.isNaN(verifierParams)) {
            Checks.positive("verifierParams", verifierParams);
        }
        new BeamSearch(steps, branching, new Verifier(prmAuc, 1));
        new ChainOfThought(cotBoostPerDoubling, cotMaxBoost);
        new Revisions(fixRate, breakRate);
        Checks.nonNegative("difficultyNoise", difficultyNoise);
        if (bins < 1) {
            throw new IllegalArgumentException("bins: must be >= 1, was " + bins);
        }
    }

    /** The verifier (and PRM) size for an answering model of {@code modelParams}. */
    public double verifierParamsFor(double modelParams) {
        return Double.isNaN(verifierParams) ? modelParams : verifierParams;
    }
}
