package io.flopsplit.inference;

import io.flopsplit.compute.Checks;

/**
 * Best-of-k with a learned verifier (Cobbe et al. 2021, arXiv 2110.14168): k samples are scored and
 * the top-scored one is returned (costs, tables and sampler: {@link VerifierSelection}). The scores
 * follow the one scoring model of {@link Verifier}: the best wrong score among many samples keeps
 * growing like √(2 ln n) while the answer-level effect τ caps what more samples can tell apart, so
 * accuracy creeps up slowly and plateaus where coverage keeps rising (Brown et al. 2024, arXiv
 * 2407.21787, §4.1: with ArmoRM, reward model + best-of-N ≈ 0.31 from k ≈ 100 on, below majority
 * vote).
 *
 * @param verifier the scoring model and the verifier's size
 * @param steps steps per sample (the chances it has to hold an exploit)
 */
public record BestOfKVerifier(Verifier verifier, int steps) implements VerifierSelection {

    public static final String ID = "best-of-k-verifier";
    public static final StrategyType TYPE = new StrategyType(ID,
            "k samples, the one a learned verifier scores highest returned (Cobbe et al. 2021)", VerifierKeys.ALL,
            (parameters, modelParams) -> new BestOfKVerifier(VerifierKeys.verifier(parameters, modelParams),
                    VerifierKeys.steps(parameters)), true);

    public BestOfKVerifier {
        Checks.present("verifier", verifier);
        VerifierKeys.STEPS.check((long) steps);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public VerifierTables.Selection selection() {
        return VerifierTables.Selection.TOP_SCORE;
    }
}
