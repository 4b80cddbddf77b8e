package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;

/**
 * Best-of-k with a learned verifier (Cobbe et al. 2021, arXiv 2110.14168): k samples are scored and
 * the top-scored one is returned. Costs 2·N·(τ_in + k·τ_out) + 2·N_v·k·(τ_in + τ_out). The scores
 * follow the one scoring model of {@link Verifier}: the best wrong score among many samples keeps
 * growing like √(2 ln n) while the answer-level effect τ caps what more samples can tell apart, so
 * accuracy creeps up slowly and plateaus where coverage keeps rising (Brown et al. 2024, arXiv
 * 2407.21787, §4.1: with ArmoRM, reward model + best-of-N ≈ 0.31 from k ≈ 100 on, below majority
 * vote). Success is a Monte-Carlo table ({@link VerifierTables}); the sampler simulates the query.
 *
 * @param verifier the scoring model and the verifier's size
 * @param steps steps per sample (the chances it has to hold an exploit)
 */
public record BestOfKVerifier(Verifier verifier, int steps) implements Strategy, LogitSuccess, Tabulated {

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

    /** The samples per answer, then an answer effect and the best score per answer. */
    @Override
    public double drawsPerQuery(TaskSuite suite, int k) {
        return VerifierQueries.selectionWork(suite, k);
    }

    /** Success depends on these constants, not on the verifier's size (the tabulation key, {@link LogitSuccess}). */
    @Override
    public Object successKey() {
        return List.of(verifier.scoring(), steps);
    }

    @Override
    public double flopsPerQuery(Deployment deployment, int k) {
        return deployment.samplingFlops(Strategy.checkK(k)) + deployment.scoringFlops(verifier.params(), k);
    }

    @Override
    public int maxK() {
        return MAX_SAMPLES;
    }

    /** The verifier's tables ({@link VerifierTables}) on these distractors. */
    @Override
    public TableFamily tables(Distractors distractors) {
        return VerifierTables.family(VerifierTables.Selection.TOP_SCORE, verifier, steps, distractors, maxK());
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k, this);
        SuccessTable table = BudgetGrid.table(tables(setting.suite().distractors()), k);
        VerifierQueries queries = new VerifierQueries(verifier, setting.distractorShares(), steps);
        return new TabulatedPlan(ID, k, flopsPerQuery(setting.deployment(), k), table,
                (problem, streams) -> queries.bestOf(problem.passAt1(), problem.logit(), k, streams), ID + "@" + k);
    }
}
