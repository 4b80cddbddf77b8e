package io.flopsplit.inference;

import io.flopsplit.compute.Checks;
import io.flopsplit.tasks.Distractors;
import io.flopsplit.tasks.TaskSuite;
import java.util.List;

/**
 * Weighted best-of-k: k samples are scored and the final answer with the largest summed weight is
 * returned — Snell et al. 2024's "best-of-N weighted" (arXiv 2408.03314, §5.1, after Li et al.
 * 2023), the baseline of their search and revision results, and Brown et al. 2024's "reward model +
 * majority vote" (arXiv 2407.21787, App. D). Costs as {@link BestOfKVerifier}. With the calibrated
 * weights of {@link Verifier} it votes like majority voting on easy problems and weighs the verifier
 * more on hard ones; it converges to the answer with the largest probability × mean weight (Wu et
 * al. 2024, arXiv 2408.00724, Thm 2), so it plateaus. Success is a Monte-Carlo table
 * ({@link VerifierTables}); the sampler simulates the query.
 *
 * @param verifier the scoring model and the verifier's size
 * @param steps steps per sample (the chances it has to hold an exploit)
 */
public record WeightedBestOfK(Verifier verifier, int steps) implements Strategy, LogitSuccess, Tabulated {

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

    /** The samples per answer, then an answer effect and the summed weight per answer. */
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
        return VerifierTables.family(VerifierTables.Selection.WEIGHTED, verifier, steps, distractors, maxK());
    }

    @Override
    public Plan plan(Setting setting, int k) {
        Strategy.checkK(k, this);
        SuccessTable table = BudgetGrid.table(tables(setting.suite().distractors()), k);
        VerifierQueries queries = new VerifierQueries(verifier, setting.distractorShares(), steps);
        return new TabulatedPlan(ID, k, flopsPerQuery(setting.deployment(), k), table,
                (problem, streams) -> queries.weighted(problem.passAt1(), problem.logit(), k, streams), ID + "@" + k);
    }
}
