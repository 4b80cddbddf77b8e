package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.keys.Keys;
import io.flopsplit.keys.NumberKey;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;

/**
 * Best-of-k with a learned verifier (Cobbe et al. 2021, arXiv 2110.14168): k samples
 * are scored by a verifier of AUC A and size N_v, and the top-scored one is returned. Costs
 * 2·N·(τ_in + k·τ_out) + 2·N_v·k·(τ_in + τ_out). Success is computed by {@link VerifierSelection}.
 * The best wrong score among k samples grows like √(2 ln k), so on a hard problem (small p) the few
 * correct samples are outscored unless d exceeds the gap ≈ ln(1/p)/√(2 ln k): accuracy creeps up
 * only as √(log k) while coverage keeps rising, the plateau of verifier selection that Brown et al.
 * 2024 (arXiv 2407.21787, §4) observe. The sampler draws the number of correct samples (one binomial)
 * and the top score of each group (one uniform each, as the maximum of normals).
 *
 * @param verifier the verifier's AUC and size
 */
public record BestOfKVerifier(Verifier verifier) implements Strategy, LogitSuccess {

    public static final String ID = "best-of-k-verifier";
    public static final NumberKey AUC = Keys.number("verifierAuc",
            "AUC of best-of-k's learned verifier: the chance a correct answer outscores a wrong one (an"
                    + " assumption, not a fit; may be uncertain in a scenario)", 0.8, Verifier.AUC);
    public static final StrategyType TYPE = new StrategyType(ID,
            "k samples, the one a learned verifier scores highest returned (Cobbe et al. 2021)",
            List.of(AUC, Verifier.PARAMS), (parameters, modelParams) -> new BestOfKVerifier(
                    new Verifier(parameters.get(AUC), Verifier.paramsFor(parameters, modelParams))));

    public BestOfKVerifier {
        Checks.present("verifier", verifier);
    }

    @Override
    public String id() {
        return ID;
    }

    /** The correct samples (one binomial), then the best score of each side (two draws). */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        return Draws.binomialWork(k) + 2 * Draws.BETA_DRAW_WORK;
    }

    /** Success depends on the parameters in this key (the tabulation key, {@link LogitSuccess}). */
    @Override
    public Object successKey() {
        return verifier.auc();
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        return deployment.samplingFlops(Strategy.checkK(k)) + deployment.scoringFlops(verifier.params(), k);
    }

    @Override
    public int maxK() {
        return MAX_SAMPLES;
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k);
        VerifierSelection selection = new VerifierSelection(verifier.separation());
        double flops = flopsPerQuery(setting.deployment(), k);
        double d = verifier.separation();
        return new FixedPlan(ID, k, flops, problem -> selection.success(problem.passAt1(), k), (problem, rng) -> {
            int correct = Draws.binomial(rng, k, problem.passAt1());
            if (correct == 0 || correct == k) {
                return correct == k;
            }
            if (!Double.isFinite(d)) {
                return true;
            }
            return d + Draws.maxOfNormals(rng, correct) > Draws.maxOfNormals(rng, k - correct);
        });
    }
}
